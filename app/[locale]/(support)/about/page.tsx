// /{locale}/about: the operator's text from content/support/about.<locale>.md.
import { supportRoute } from "@/components/support/support-page";

// Read per request, so an edited text or SUPPORT_EMAIL shows without a rebuild.
export const dynamic = "force-dynamic";

const route = supportRoute("about");
export const generateMetadata = route.generateMetadata;
export default route.Page;
