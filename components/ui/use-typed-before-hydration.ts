"use client";
import { useEffect, type RefObject } from "react";

/**
 * What a visitor typed or picked before the page's scripts ran, moved into the state of the
 * controlled fields that show it, once, as the page hydrates. React leaves such input on screen
 * while hydrating but writes the state's value back at the field's next render (the checkout's
 * quote arriving, a countdown ticking), so an email typed on a slow phone while the scripts
 * loaded vanished and the order was refused as "Enter a valid email address".
 *
 * `fields` maps a control's `name` inside `container` to the setter of the state it mirrors;
 * a radio group gives its checked value, or nothing when none is checked.
 */
export function useTypedBeforeHydration(container: RefObject<HTMLElement | null>, fields: Record<string, (value: string) => void>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    for (const [name, adopt] of Object.entries(fields)) {
      const value = shownValue(root.querySelectorAll(`[name="${CSS.escape(name)}"]`));
      if (value !== null) adopt(value);
    }
    // Only at hydration: from then on every change reaches the state through the fields' onChange
    // (and a setter given the state's own value re-renders nothing).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

function shownValue(controls: NodeListOf<Element>): string | null {
  for (const control of controls) {
    if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      if (control.checked) return control.value;
    } else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) {
      return control.value;
    }
  }
  return null;
}
