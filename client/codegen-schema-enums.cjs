// codegen.yml's plugin for client/src/gql/schema-enums.ts: enums of the contract that no operation
// selects, so the client preset leaves them out (ErrorCode, ErrorReason: what an error's
// `extensions.code` and `extensions.reason` hold; the schema has them as orphaned types). Written as
// string-literal unions with their descriptions, as the preset writes the others (`enumsAsTypes`).
const { isEnumType } = require('graphql');

const doc = (text, indent = '') => (text ? `${indent}/** ${text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ')} */\n` : '');

exports.plugin = (schema, _documents, config) => {
  const out = [];
  for (const name of config.enums ?? []) {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`codegen-schema-enums: ${name} is not an enum of the schema`);
    const values = type.getValues().map((v) => `${doc(v.description, '  ')}  | '${v.name}'`);
    out.push(`${doc(type.description)}export type ${name} =\n${values.join('\n')};\n`);
    out.push(
      `export const ${name}Values: readonly ${name}[] = [${type
        .getValues()
        .map((v) => `'${v.name}'`)
        .join(', ')}];\n`,
    );
  }
  return out.join('\n');
};
