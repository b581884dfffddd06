// Writes prisma/postgresql/schema.prisma from the SQLite source schema (part of db:generate).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { derivePostgresSchema } from "./derive";

mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync("prisma/postgresql/schema.prisma", derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
