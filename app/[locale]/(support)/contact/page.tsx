// /{locale}/contact: the operator's text from content/support/contact.<locale>.md.
import { supportRoute } from "@/components/support/support-page";

// Read per request, so an edited text or SUPPORT_EMAIL shows without a rebuild.
export const dynamic = "force-dynamic";

const route = supportRoute("contact");
export const generateMetadata = route.generateMetadata;
export default route.Page;
