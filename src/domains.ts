// The one list of domain modules. Adding a domain is one line here; app.ts, the schema and
// the legacy layer take everything else from the module itself (src/domain.ts).
import type { DomainModule } from "./domain.js";
import { accountsModule } from "./domains/accounts/module.js";
import { consoleModule } from "./domains/console/module.js";
import { controlModule } from "./domains/control/module.js";
import { edgeModule } from "./domains/edge/module.js";
import { gatewayModule } from "./domains/gateway/module.js";
import { notificationsModule } from "./domains/notifications/module.js";
import { probesModule } from "./domains/probes/module.js";
import { proxiesModule } from "./domains/proxies/module.js";
import { sessionsModule } from "./domains/sessions/module.js";

export const domains: readonly DomainModule[] = [accountsModule, controlModule, notificationsModule, proxiesModule, consoleModule, edgeModule, gatewayModule, probesModule, sessionsModule];
