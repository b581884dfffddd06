import "server-only";
// The console's "test connection" for a cashier rail, by name from the URL: an unknown name is a
// 404; the test itself (lib/payments/cashier/rail-status.ts) is one signed call that changes nothing.
import { AppError } from "../../api/app-error";
import { RAIL_NAMES } from "../../payments/cashier/rails";
import { testCashierRail, type ConnectionTest } from "../../payments/cashier/rail-status";
import type { RailName } from "../../payments/cashier/rail";

export function isRailName(name: string): name is RailName {
  return (RAIL_NAMES as readonly string[]).includes(name);
}

export async function testRailConnection(name: string): Promise<ConnectionTest> {
  if (!isRailName(name)) throw new AppError("not_found", "Rail not found");
  return testCashierRail(name);
}
