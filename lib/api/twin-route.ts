// A static twin's handler (lib/http/static-twins.ts): the dynamic route's own handler, given
// the params the production server matched. A request that reached the twin's path itself
// carries none (the server drops the header from every request it did not twin), and is
// answered as the dynamic route answers an empty param.
import { TWIN_PARAMS_HEADER, twinParams } from "../http/static-twins";

type RouteHandler = (req: Request, route: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;

export function twinRoute(handler: RouteHandler) {
  return (req: Request) => handler(req, { params: Promise.resolve(twinParams(req.headers.get(TWIN_PARAMS_HEADER))) });
}
