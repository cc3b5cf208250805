// GraphQL enums of the proxy pool, shared by its types: Prisma's enums, so the database owns
// the value lists. Legacy routes print them lowercase.
import { builder } from "../../graphql/builder.js";
import { Anonymity, ProxyProtocol, ProxyStatus } from "../../generated/prisma/client.js";

export const ProxyProtocolEnum = builder.enumType(ProxyProtocol, {
  name: "ProxyProtocol",
  description: "HTTP: plain forwarding; HTTPS: an HTTP proxy that tunnels with CONNECT; SOCKS4; SOCKS5",
});
export const ProxyStatusEnum = builder.enumType(ProxyStatus, { name: "ProxyStatus" });
export const AnonymityEnum = builder.enumType(Anonymity, {
  name: "Anonymity",
  description: "TRANSPARENT leaks the client IP; ANONYMOUS adds proxy headers; ELITE neither",
});
