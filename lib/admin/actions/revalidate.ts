import { revalidatePath } from "next/cache";

/** After a console write: its pages show the change on their next render. */
export function revalidateConsole(): void {
  revalidatePath("/[locale]/admin", "layout");
}
