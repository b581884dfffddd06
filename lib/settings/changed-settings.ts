// What a settings form changed: the settings page sends the values it showed along with the
// values it submits, and only those that differ are written. Two operators saving the page at
// once, each editing a field of their own, then keep both edits: a whole-form save wrote the
// other's fields back as they were when the page was loaded (seen in the browser suite, whose
// two console tests set the zh and the en announcement side by side).
import { settingsSchema, type ShopSettings as Settings } from "./settings-schema";

/**
 * The settings as the form showed them, or null where the form did not say (a client that
 * posts without the page): then every submitted value counts as changed, as before.
 */
export function shownSettings(shown: string): Settings | null {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(shown));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function changedSettings(shown: Settings | null, submitted: Settings): Partial<Settings> {
  if (!shown) return submitted;
  const keys = Object.keys(submitted) as (keyof Settings)[];
  return Object.fromEntries(keys.filter((key) => submitted[key] !== shown[key]).map((key) => [key, submitted[key]])) as Partial<Settings>;
}
