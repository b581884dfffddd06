import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, errors } from "../api/app-error";
import { checkoutErrorOf, checkoutValidationError } from "./checkout-errors";

describe("checkoutErrorOf", () => {
  it("reads the limit back from the published messages", () => {
    expect(checkoutErrorOf(errors.minQuantity(5))).toEqual({ key: "minQuantity", field: "quantity", values: { min: 5 } });
    expect(checkoutErrorOf(errors.maxQuantity(10))).toEqual({ key: "maxQuantity", field: "quantity", values: { max: 10 } });
  });

  it("tells the coupon reasons apart", () => {
    expect(checkoutErrorOf(new AppError("coupon_invalid", "Invalid coupon")).key).toBe("couponInvalid");
    expect(checkoutErrorOf(new AppError("coupon_invalid", "Coupon expired")).key).toBe("couponExpired");
    expect(checkoutErrorOf(new AppError("coupon_invalid", "Coupon used up")).key).toBe("couponUsedUp");
    expect(checkoutErrorOf(new AppError("coupon_invalid", "Coupon does not apply to this product")).key).toBe("couponWrongProduct");
  });

  it("maps the order's refusals and hides anything unforeseen", () => {
    expect(checkoutErrorOf(errors.insufficientBalance()).key).toBe("insufficientBalance");
    expect(checkoutErrorOf(errors.insufficientStock()).key).toBe("insufficientStock");
    expect(checkoutErrorOf(errors.paymentMethodUnavailable()).key).toBe("methodUnavailable");
    expect(checkoutErrorOf(errors.unauthorized()).key).toBe("signInRequired");
    expect(checkoutErrorOf(new AppError("internal", "boom"))).toEqual({ key: "unexpected" });
  });
});

describe("checkoutValidationError", () => {
  const schema = z.object({ quantity: z.number().max(200, "Quantity cannot exceed 200"), contactEmail: z.email() });

  it("names the first invalid field", () => {
    const emailIssue = schema.safeParse({ quantity: 1, contactEmail: "nope" });
    expect(checkoutValidationError(emailIssue.error!)).toEqual({ key: "emailInvalid", field: "contactEmail" });
    const tooMany = schema.safeParse({ quantity: 201, contactEmail: "a@example.com" });
    expect(checkoutValidationError(tooMany.error!)).toEqual({ key: "maxQuantity", field: "quantity", values: { max: 200 } });
  });
});
