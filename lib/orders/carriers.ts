/** The carriers the Ship form offers as suggestions (Vietnam, Indonesia, the region and the US); any other name may be typed. */
export const COMMON_CARRIERS = ["GHN", "GHTK", "Viettel Post", "J&T Express", "JNE", "SiCepat", "Ninja Van", "USPS", "UPS", "FedEx", "DHL"] as const;
