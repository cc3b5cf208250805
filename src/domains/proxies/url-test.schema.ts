// GraphQL for the URL test: `testProxies` sends a GET through good proxies (free of charge).
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { AnonymityEnum, ProxyProtocolEnum } from "./enums.schema.js";
import { filterRules } from "./pool-query.service.js";
import * as urlTest from "./url-test.service.js";

const UrlTestResultRef = builder.objectRef<urlTest.UrlTestResult>("UrlTestResult").implement({
  fields: (t) => ({
    proxyId: t.globalID({ description: "The Proxy's global id", resolve: (r) => ({ type: "Proxy", id: r.proxyId }) }),
    ip: t.exposeString("ip"),
    port: t.exposeInt("port"),
    reachable: t.exposeBoolean("reachable", { description: "An HTTP response came back through the proxy (any status)" }),
    statusCode: t.exposeInt("statusCode", { nullable: true }),
    latencyMs: t.exposeFloat("latencyMs", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

const UrlTestReportRef = builder.objectRef<urlTest.UrlTestReport>("UrlTestReport").implement({
  fields: (t) => ({
    url: t.exposeString("url"),
    results: t.field({ type: [UrlTestResultRef], resolve: (r) => r.results }),
    successRate: t.exposeFloat("successRate", { description: "Reachable share of the tested proxies, 0..1 (0 when none matched)" }),
  }),
});

const TestProxiesInput = builder.inputType("TestProxiesInput", {
  fields: (t) => ({
    url: t.string({ required: true, validate: { schema: urlTest.urlTestRules.url } }),
    count: t.int({ defaultValue: urlTest.DEFAULT_COUNT, validate: { schema: urlTest.urlTestRules.count } }),
    timeoutSeconds: t.int({ defaultValue: urlTest.DEFAULT_TIMEOUT_SECONDS, validate: { schema: urlTest.urlTestRules.timeoutSeconds } }),
    protocol: t.field({ type: ProxyProtocolEnum, required: false }),
    anonymity: t.field({ type: AnonymityEnum, required: false }),
    country: t.string({ required: false, description: "ISO 3166-1 alpha-2 (case-insensitive)", validate: { schema: filterRules.country } }),
    minScore: t.float({ required: false, validate: { schema: filterRules.minScore } }),
  }),
});

builder.mutationField("testProxies", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: UrlTestReportRef,
    errors: raises(),
    description:
      "GET the URL through up to `count` active, unleased proxies at once (no credit). " +
      "The URL must pass the outbound guard (ValidationError otherwise)",
    args: { input: t.arg({ type: TestProxiesInput, required: true }) },
    resolve: (_root, { input }, ctx) => urlTest.testProxies({ prisma: ctx.prisma, outbound: ctx.outbound }, input),
  }),
);
