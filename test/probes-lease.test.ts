// Probes from a leased proxy's exit: an HTTP GET and a TCP connect through a loopback
// proxy-chain proxy the caller holds a live lease on; someone else's lease is not found.
import { Server as ProxyChainServer } from "proxy-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, useNode } from "./helpers.js";
import { startHttpTarget } from "./probes-peers.js";

const RUN = `mutation($input: ProbeInput!) { runProbe(input: $input) { __typename
  ... on RunProbePayload { job { success target parameters result } } ... on Error { code message } } }`;

describe("probes through a lease", () => {
  const { node, admin } = useNode({ admin: true });
  const proxy = new ProxyChainServer({ port: 0, host: "127.0.0.1", verbose: false });
  let target: Awaited<ReturnType<typeof startHttpTarget>>;
  beforeAll(async () => {
    await proxy.listen();
    target = await startHttpTarget();
    await node.app.db.prisma.proxy.create({ data: { ip: "127.0.0.1", port: proxy.port, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", score: 0.9 } });
  });
  afterAll(async () => {
    await proxy.close(true);
    await target?.close();
  });

  it("runs http and tcp probes from the proxy's exit; another user's lease is not found", async () => {
    const u = await registerUser(node);
    await node.gql(`mutation($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`, { input: { userId: u.id, amount: 1 } }, admin);
    const lease = await node.gql(`mutation { acquireProxy(input: {}) { __typename ... on AcquireProxyPayload { lease { id } } } }`, {}, u.auth);
    const leaseId = lease.data.acquireProxy.lease.id;
    const get = await node.gql(RUN, { input: { kind: "HTTP", target: `http://127.0.0.1:${target.port}/`, leaseId } }, u.auth);
    expect(get.data.runProbe.job).toMatchObject({ success: true, parameters: { via: `http://127.0.0.1:${proxy.port}` }, result: { statusCode: 200 } });
    const tcp = await node.gql(RUN, { input: { kind: "TCP", target: `127.0.0.1:${target.port}`, leaseId } }, u.auth);
    expect(tcp.data.runProbe.job).toMatchObject({ success: true, result: { connected: true, via: `http://127.0.0.1:${proxy.port}` } });
    const other = await registerUser(node);
    const stolen = await node.gql(RUN, { input: { kind: "HTTP", target: `http://127.0.0.1:${target.port}/`, leaseId } }, other.auth);
    expect(stolen.data.runProbe).toMatchObject({ __typename: "NotFoundError" });
    const ping = await node.gql(RUN, { input: { kind: "PING", target: "127.0.0.1", leaseId } }, u.auth);
    expect(ping.data.runProbe).toMatchObject({ __typename: "ValidationError" });
  });
});
