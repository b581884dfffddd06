// The API docs page's model, read from the OpenAPI document (./openapi.ts) that is built from
// the zod schemas validating requests: the page's tables cannot drift from what the API
// accepts. Words are left to the page (translated); this file only extracts structure.

/** A validation rule of a field, in structured form so the page can say it in each language. */
export type FieldRule =
  | { kind: "length"; min?: number; max?: number }
  | { kind: "range"; min?: number; max?: number }
  | { kind: "oneOf"; values: string[] }
  | { kind: "format"; format: string };

export type DocField = {
  name: string;
  /** "path" | "query" | "header" for parameters, "body" for JSON body fields. */
  in: string;
  type: string;
  required: boolean;
  rules: FieldRule[];
  /** The English description the OpenAPI document gives, when it gives one. */
  description?: string;
};

export type DocResponse = { status: string; errors: string[] };

export type DocEndpoint = {
  /** A stable key for anchors and translated texts, e.g. `postOrdersCreate`. */
  key: string;
  method: string;
  path: string;
  summary: string;
  /** "none": public; "optional": a bearer token unlocks more (balance payment); "required". */
  auth: "none" | "optional" | "required";
  fields: DocField[];
  responses: DocResponse[];
};

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  format?: string;
  description?: string;
};

type Operation = {
  summary: string;
  /** `admin`: the operator's endpoints, not part of the shop's public API docs. */
  tags?: string[];
  security?: Record<string, string[] | undefined>[];
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema; description?: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string }>;
};

export type OpenApiLike = { paths: Record<string, Record<string, Operation>> };

export function rulesOf(schema: JsonSchema): FieldRule[] {
  const rules: FieldRule[] = [];
  if (schema.enum) rules.push({ kind: "oneOf", values: schema.enum.map(String) });
  if (schema.format) rules.push({ kind: "format", format: schema.format });
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    rules.push({ kind: "length", min: schema.minLength, max: schema.maxLength });
  }
  if (schema.minimum !== undefined || schema.maximum !== undefined) rules.push({ kind: "range", min: schema.minimum, max: schema.maximum });
  return rules;
}

const typeOf = (schema: JsonSchema | undefined) => [schema?.type ?? "string"].flat().join(" | ");

/** `post` + `/orders/{id}/status` -> `postOrdersIdStatus`. */
export function endpointKey(method: string, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
}

function authOf(operation: Operation): DocEndpoint["auth"] {
  const security = operation.security ?? [];
  if (!security.some((requirement) => requirement.bearer)) return "none";
  return security.some((requirement) => Object.keys(requirement).length === 0) ? "optional" : "required";
}

/** Every public endpoint of the document (not the operator's, tagged "admin"), in its order, with its parameters, body fields and answers. */
export function apiDocEndpoints(document: OpenApiLike, apiRoot = "/api"): DocEndpoint[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    // The operator's endpoints are in the document for automation, not on the shoppers' page.
    Object.entries(operations)
      .filter(([, operation]) => !operation.tags?.includes("admin"))
      .map(([method, operation]) => {
        const parameters: DocField[] = (operation.parameters ?? []).map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          type: typeOf(parameter.schema),
          required: parameter.required ?? false,
          rules: rulesOf(parameter.schema ?? {}),
          description: parameter.description,
        }));
        const body = operation.requestBody?.content["application/json"]?.schema as JsonSchema | undefined;
        const bodyFields: DocField[] = Object.entries(body?.properties ?? {}).map(([name, schema]) => ({
          name,
          in: "body",
          type: typeOf(schema),
          required: body?.required?.includes(name) ?? false,
          rules: rulesOf(schema),
          description: schema.description,
        }));
        const responses = Object.entries(operation.responses).map(([status, response]) => ({
          status,
          // The published error strings are written in backticks in the document.
          errors: [...response.description.matchAll(/`([^`]+)`/g)].map((match) => match[1]!),
        }));
        return {
          key: endpointKey(method, path),
          method: method.toUpperCase(),
          path: apiRoot + path.replace(/\{(\w+)\}/g, ":$1"),
          summary: operation.summary,
          auth: authOf(operation),
          fields: [...parameters, ...bodyFields],
          responses,
        };
      }),
  );
}
