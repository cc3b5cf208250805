// GraphQL enums of the proxy pool, shared by its types. Legacy routes print them lowercase.
import { builder } from "../../graphql/builder.js";

export const ProxyProtocolEnum = builder.enumType("ProxyProtocol", {
  description: "HTTP: plain forwarding; HTTPS: an HTTP proxy that tunnels with CONNECT; SOCKS4; SOCKS5",
  values: ["HTTP", "HTTPS", "SOCKS4", "SOCKS5"] as const,
});
export const ProxyStatusEnum = builder.enumType("ProxyStatus", { values: ["UNCHECKED", "ACTIVE", "DEAD"] as const });
export const AnonymityEnum = builder.enumType("Anonymity", {
  description: "TRANSPARENT leaks the client IP; ANONYMOUS adds proxy headers; ELITE neither",
  values: ["TRANSPARENT", "ANONYMOUS", "ELITE"] as const,
});
