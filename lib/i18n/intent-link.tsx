"use client";
// The shop's links fetch the page they lead to when the shopper shows the intent to follow one
// (a pointer over it, a touch, keyboard focus), not as soon as it scrolls into view, which is
// Next's default. On the catalogue that default sent ten requests for the six pages behind the
// cards, filters and menu links on screen, at every visit, while the phone was still starting
// the page: shoppers' data, the phone's time and the server's, for pages most visitors never open.
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";
import { LocaleLink, useRouter } from "./locale-navigation";

type Props = ComponentProps<typeof LocaleLink>;

export function IntentLink({ onMouseEnter, onTouchStart, onFocus, ...props }: Props) {
  const router = useRouter();
  const prefetch = () => {
    // A link to another site has nothing of this app's to fetch.
    if (typeof props.href === "string" && /^[a-z]+:|^\/\//i.test(props.href)) return;
    router.prefetch(props.href as Parameters<typeof router.prefetch>[0], props.locale ? { locale: props.locale } : undefined);
  };
  return (
    <LocaleLink
      {...props}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        prefetch();
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        prefetch();
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        prefetch();
      }}
    />
  );
}
