// Channels of the legacy /ws endpoint (src/http/legacy-ws.ts) for the proxy pool: status
// changes of proxies and the caller's lease events, with seed 002's raw ids and lowercase
// enums. All three are passive, so a client that never subscribes still receives them.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../../generated/graphql/index.js";
import type { LegacyWsLeaseFieldsFragment } from "../../generated/graphql/graphql.js";
import { defineChannel } from "../../http/legacy-ws.js";
import { lower, rawId } from "../../http/legacy-input.js";

const now = () => new Date().toISOString();

const StatusChanged = graphql(`
  subscription LegacyWsProxyStatus {
    proxyStatusChanged { oldStatus newStatus proxy { id ip port protocol country } }
  }
`);

graphql(`
  fragment LegacyWsLeaseFields on Lease {
    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol }
  }
`);
const LeaseEnded = graphql(`
  subscription LegacyWsLeaseEnded($userId: ID) {
    leaseEnded(userId: $userId) { ...LegacyWsLeaseFields }
  }
`);
const LeaseExpiring = graphql(`
  subscription LegacyWsLeaseExpiring($userId: ID) {
    leaseExpiring(userId: $userId) { ...LegacyWsLeaseFields }
  }
`);

const leaseMessage = (type: string, l: LegacyWsLeaseFieldsFragment | null) =>
  l && {
    type,
    timestamp: now(),
    data: {
      lease_id: rawId(l.id),
      proxy: { id: rawId(l.proxy.id), ip: l.proxy.ip, port: l.proxy.port, protocol: lower(l.proxy.protocol) },
      created_at: l.createdAt,
      expires_at: l.expiresAt,
      released_at: l.releasedAt ?? null,
      is_active: l.isActive,
    },
  };

const pool = defineChannel({
  name: "pool",
  document: StatusChanged,
  passive: true,
  message: ({ proxyStatusChanged: { proxy: p, oldStatus, newStatus } }) =>
    p && {
      type: "proxy_status_changed",
      timestamp: now(),
      data: {
        proxy_id: rawId(p.id),
        ip: p.ip,
        port: p.port,
        protocol: lower(p.protocol),
        country: p.country ?? null,
        old_status: lower(oldStatus),
        new_status: lower(newStatus),
      },
    },
});

/** `<name>` is the caller's own leases; `<name>:<user id>` another user's (admins only). */
const leaseChannel = <D>(name: string, type: string, document: TypedDocumentNode<D, { userId?: string | null }>, lease: (data: D) => LegacyWsLeaseFieldsFragment | null) =>
  defineChannel({
    name,
    document,
    passive: true,
    takesArgument: true,
    variables: (userId) => (userId ? { userId } : {}),
    message: (data) => leaseMessage(type, lease(data)),
  });

const leases = leaseChannel("leases", "lease_ended", LeaseEnded, (d) => d.leaseEnded);
const leaseExpiring = leaseChannel("lease_expiring", "lease_expiring", LeaseExpiring, (d) => d.leaseExpiring);

export const proxiesWsChannels = [pool, leases, leaseExpiring];
