// Prints the schema built from the code to schema.graphql (committed; a test checks it).
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../src/schema.js";

writeFileSync(new URL("../schema.graphql", import.meta.url), `${printSchema(schema)}\n`);
console.log("schema.graphql written");
