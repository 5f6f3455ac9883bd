import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';

/** The web app's client types for an OpenAPI document (openapi-typescript), as committed in apps/web. */
export async function generateApiTypes(document: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    // A default is what the server fills in when a field is left out: it does not make the field required.
    defaultNonNullable: false,
  });
  return (
    "// Generated from the API's OpenAPI document by `npm run web:api-types`. Do not edit: CI fails when\n" +
    '// this file differs from what the API describes.\n' +
    astToString(ast)
  );
}
