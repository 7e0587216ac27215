// codegen.yml's document transform: `__typename` in every selection set, as Apollo's cache asks for
// it, so the published (persisted) documents are the very documents the UI runs.
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');
exports.transform = addTypenameSelectionDocumentTransform.transform;
