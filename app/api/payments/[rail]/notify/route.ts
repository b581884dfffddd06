// GET and POST /api/payments/:rail/notify — a cashier's payment notify (EPay: GET; Alipay: form POST; WeChat Pay: JSON POST).
import { withApi } from "@/lib/api/with-api";
import { handleCashierNotify } from "@/lib/payments/cashier/handle-notify";

// The body is read raw by the rail: signatures cover the exact bytes.
// rawBody: providers post forms (Alipay) or their own JSON; the rail reads and verifies the body.
const notify = withApi({ access: "public", rawBody: true }, async ({ req, params }) => handleCashierNotify(params.rail ?? "", req));

export const GET = notify;
export const POST = notify;
