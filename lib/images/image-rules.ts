// What an uploaded image may be, in one place: the upload routes, the admin API's docs and the
// tests read these limits from here.

/** The largest upload accepted, in bytes (a phone photo fits; the stored copy is much smaller). */
export const MAX_IMAGE_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Images a product may have; the first is its cover on cards and order pages. */
export const MAX_IMAGES_PER_PRODUCT = 8;
/** Decoding stops beyond this many pixels (a small file can claim a huge canvas). */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Stored product images fit in this box (wider than any place the shop shows them at 2x). */
export const STORED_MAX_EDGE = 1600;
/** The raster formats an upload may be, by what its first bytes say (never by its name). */
export const ACCEPTED_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];
