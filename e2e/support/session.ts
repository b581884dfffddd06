// Signing in and operator actions for the checkout and payment tests.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { randomIp } from "./orders";

/**
 * Signs the demo shopper in through next-auth's credentials callback (its CSRF token
 * first); page.request shares the browser context's cookies, so the page gets the session.
 */
export async function signIn(page: Page) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: process.env.E2E_SHOPPER_EMAIL!, password: process.env.E2E_SHOPPER_PASSWORD!, json: "true" },
    headers: { "x-forwarded-for": randomIp() },
  });
  expect(response.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user?.email).toBe(process.env.E2E_SHOPPER_EMAIL);
}

/** A POST to an admin endpoint as the demo operator (bearer token from POST /api/auth/login). */
export async function operatorPost(request: APIRequestContext, path: string) {
  const headers = { "x-forwarded-for": randomIp() };
  const login = await request.post("/api/auth/login", {
    data: { email: process.env.E2E_OPERATOR_EMAIL, password: process.env.E2E_OPERATOR_PASSWORD },
    headers,
  });
  const { token } = await login.json();
  expect(token, "operator login").toBeTruthy();
  const response = await request.post(path, { headers: { ...headers, authorization: `Bearer ${token}` } });
  expect(response.status(), `${path} answered`).toBe(200);
  return response.json();
}

/** The operator confirms an order's payment through the engine's one confirm path. */
export async function confirmAsOperator(request: APIRequestContext, orderId: string) {
  const answer = await operatorPost(request, `/api/admin/orders/${orderId}/confirm`);
  expect(answer.success).toBe(true);
}
