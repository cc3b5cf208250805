// The printed schema: every domain module's schema modules are registered on the builder
// by importing src/domains.ts; `domains` is referenced so the imports cannot be dropped.
import { lexicographicSortSchema } from "graphql";
import { builder } from "./graphql/builder.js";
import "./graphql/errors.js";
import { domains } from "./domains.js";

if (domains.length === 0) throw new Error("no domain modules");
export const schema = lexicographicSortSchema(builder.toSchema());
