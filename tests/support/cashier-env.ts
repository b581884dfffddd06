// The shop's settings for a cashier rail pointed at its fake (tests/fakes/): one place that
// says which variables each rail needs, for the test files that start a shop with them.
import type { FakeAlipay } from "../fakes/alipay";
import type { FakeWechat } from "../fakes/wechat";

/** Official Alipay (RSA2) against the fake gateway. */
export const alipayEnv = (alipay: FakeAlipay): Record<string, string> => ({
  ALIPAY_APP_ID: alipay.appId,
  ALIPAY_PRIVATE_KEY: alipay.appPrivateKeyPem,
  ALIPAY_PUBLIC_KEY: alipay.alipayPublicKeyPem,
  ALIPAY_GATEWAY_URL: alipay.gatewayUrl,
});

/** WeChat Pay API v3 against the fake, verified with the platform public key and its id. */
export const wechatEnv = (wechat: FakeWechat): Record<string, string> => ({
  WECHAT_MCH_ID: wechat.mchId,
  WECHAT_APP_ID: wechat.appId,
  WECHAT_API_V3_KEY: wechat.apiV3Key,
  WECHAT_PRIVATE_KEY: wechat.merchantPrivateKeyPem,
  WECHAT_CERT_SERIAL: wechat.merchantSerial,
  WECHAT_PLATFORM_PUBLIC_KEY: wechat.platformPublicKeyPem,
  WECHAT_PLATFORM_PUBLIC_KEY_ID: wechat.platformKeyId,
  WECHAT_API_BASE_URL: wechat.baseUrl,
});
