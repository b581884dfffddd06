// Any path under a locale that no route serves: the localized 404 page.
import { notFound } from "next/navigation";

export default function CatchAll() {
  notFound();
}
