// Calls a server action the way React does: its id in `Next-Action`, posted to a page that
// holds it (Next runs an action only for a page it belongs to), the arguments (state, form)
// encoded by React's own client encoder, as a browser sends them.
// @ts-expect-error -- Next's compiled copy ships without type declarations
import { encodeReply } from "next/dist/compiled/react-server-dom-webpack/client.node";

/** `formOnly`: an action of a plain form, which takes the form alone (no state before it). */
export async function postAction(pageUrl: string, actionId: string, fields: Record<string, string>, cookie?: string, formOnly = false) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const body = await encodeReply(formOnly ? [form] : [{ ok: null }, form]);
  return fetch(pageUrl, {
    method: "POST",
    headers: { "next-action": actionId, origin: new URL(pageUrl).origin, ...(cookie ? { cookie } : {}) },
    body,
    redirect: "manual",
  });
}
