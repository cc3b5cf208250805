// checkProxies: admins re-validate chosen proxies now. Admin only because each call makes the
// server connect to every named proxy and the judge at once, bypassing the back-off that
// spares dead proxies; in any user's hands that is a way to hammer third parties from our
// address. Users read the results like any proxy data.
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { localId } from "../../graphql/ids.js";
import { NotFoundError } from "../../errors.js";
import { checkProxies, MAX_CHECK_IDS, type ProxyCheckOutcome } from "./check.service.js";
import { ProxyStatusEnum } from "./enums.schema.js";
import { nodeValidator } from "./validator.service.js";

const ProxyCheckOutcomeRef = builder.objectRef<ProxyCheckOutcome>("ProxyCheckOutcome").implement({
  fields: (t) => ({
    proxyId: t.globalID({ resolve: (r) => ({ type: "Proxy", id: r.proxyId }) }),
    proxy: t.prismaField({
      type: "Proxy",
      nullable: true,
      resolve: (query, r, _a, ctx) => ctx.prisma.proxy.findUnique({ ...query, where: { id: r.proxyId } }),
    }),
    checked: t.exposeBoolean("checked", { description: "False when another validator was already checking the proxy" }),
    passed: t.exposeBoolean("passed", { nullable: true, description: "Whether every check stage passed (null when not checked)" }),
    status: t.expose("status", { type: ProxyStatusEnum }),
    score: t.exposeFloat("score"),
    error: t.exposeString("error", { nullable: true }),
  }),
});

const CheckProxiesPayload = builder.objectRef<{ results: ProxyCheckOutcome[] }>("CheckProxiesPayload").implement({
  fields: (t) => ({ results: t.field({ type: [ProxyCheckOutcomeRef], resolve: (p) => p.results }) }),
});

builder.mutationField("checkProxies", (t) =>
  t.withAuth({ admin: true }).field({
    type: CheckProxiesPayload,
    errors: raises(NotFoundError),
    description:
      `Re-validates up to ${MAX_CHECK_IDS} proxies now through the checker pipeline and returns their new status and score ` +
      "(admins). Unknown ids are a NotFoundError and nothing is checked.",
    args: {
      input: t.arg({
        type: builder.inputType("CheckProxiesInput", { fields: (f) => ({ ids: f.idList({ required: true }) }) }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const ids = input.ids.map((id) => localId(id, "Proxy", "ids"));
      return { results: await checkProxies(ctx.prisma, nodeValidator(ctx.prisma), ids) };
    },
  }),
);
