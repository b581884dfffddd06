// A completed order's delivered lines, opened: each sealed line decrypted and split into
// account, password and the rest by the product's delimiter.
import { decrypt } from "../crypto/secret-box";
import { splitLine, type DeliveredAccount } from "../stock/split-line";

export function openAccounts(sealed: string[], delimiter: string): DeliveredAccount[] {
  return sealed.map((content) => splitLine(decrypt(content), delimiter));
}
