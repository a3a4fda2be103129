/**
 * The workflows engine (src/quilt/workflows/) against quilt3's own (`quilt3.workflows`), on
 * local registries, in one Python process, without building anything:
 *
 *  - config.yml texts: YAML read as PyYAML's `safe_load` reads it (booleans, numbers, dates, tags,
 *    anchors, merge keys, bad bytes), checked against the config schema, versions compared;
 *  - schema and package cases: `quilt3.workflows.validate` and `applyWorkflow` on the same
 *    registry folder (config, schema files, choice of workflow, name, message, metadata,
 *    entries).
 *
 * Where quilt3 accepts, we accept and record the same `workflow` object; where it refuses, we
 * refuse, and our message starts with quilt3's (the first violation Python's jsonschema finds,
 * in its words), then lists every violation with its JSON path. The few known differences are
 * listed, and checked to be what they are said to be.
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { parsePyJson, toManifestJson, type PyValue } from '../../src/quilt/py/json.js'
import { PhysicalKey } from '../../src/quilt/format/names.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { Ajv } from 'ajv'
import { applyWorkflow, type WorkflowChoice } from '../../src/quilt/workflows/apply.js'
import { describeError } from '../../src/quilt/workflows/jsonschema.js'
import { parseConfig } from '../../src/quilt/workflows/config.js'
import { WorkflowValidationError } from '../../src/quilt/errors.js'
import { PY_COMMON, runPython } from '../helpers/python.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { localFetch } from '../helpers/workflow-fixtures.js'

afterAll(() => cleanupTempDirs())

const W = 'workflows:\n  w:\n    name: W\n'

/** config.yml texts (strings, or bytes as base64 with a `b64:` prefix). */
const CONFIGS: Record<string, string> = {
  minimal: `version: "1"\n${W}`,
  'version 1.0': `version: "1.0"\n${W}`,
  'version 1.1': `version: "1.1"\n${W}`,
  'version 1.1.0': `version: "1.1.0"\n${W}`,
  'version 1.0.9': `version: "1.0.9"\n${W}`,
  'version 1.1.1': `version: "1.1.1"\n${W}`,
  'version 1.2': `version: "1.2"\n${W}`,
  'version 2': `version: "2"\n${W}`,
  'version 10': `version: "10"\n${W}`,
  'version base 1.1': `version:\n  base: "1.1"\n${W}`,
  'version base 2': `version:\n  base: "2"\n${W}`,
  'version base and catalog': `version:\n  base: "1"\n  catalog: "3"\n${W}`,
  'version base and extra': `version:\n  base: "1"\n  other: "1"\n${W}`,
  'version without base': `version:\n  catalog: "1"\n${W}`,
  'version as an int': `version: 1\n${W}`,
  'version as a float': `version: 1.0\n${W}`,
  'version 01': `version: "01"\n${W}`,
  'version 1.1.0.0': `version: "1.1.0.0"\n${W}`,
  'version with a trailing newline': `version: "1\\n"\n${W}`,
  'version 1.1 with a trailing newline': `version: "1.1.0\\n"\n${W}`,
  'no version': W,
  'no workflows': 'version: "1"\n',
  'empty workflows': 'version: "1"\nworkflows: {}\n',
  'workflows is a list': 'version: "1"\nworkflows: [a]\n',
  'workflow id with a space': 'version: "1"\nworkflows:\n  "a b":\n    name: A\n',
  'workflow id starting with a digit': 'version: "1"\nworkflows:\n  "1a":\n    name: A\n',
  'workflow id starting with -': 'version: "1"\nworkflows:\n  -a:\n    name: A\n',
  'workflow id of 64 characters': `version: "1"\nworkflows:\n  ${'a'.repeat(64)}:\n    name: A\n`,
  'workflow id of 65 characters': `version: "1"\nworkflows:\n  ${'a'.repeat(65)}:\n    name: A\n`,
  'workflow id with a trailing newline': 'version: "1"\nworkflows:\n  "ab\\n":\n    name: A\n',
  'workflow id é': 'version: "1"\nworkflows:\n  é:\n    name: A\n',
  'workflow without name': 'version: "1"\nworkflows:\n  w:\n    description: D\n',
  'workflow with an empty name': 'version: "1"\nworkflows:\n  w:\n    name: ""\n',
  'workflow with an empty description':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    description: ""\n',
  'workflow with an extra property':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    schema: x\n    zz: 1\n',
  'workflow with catalog settings':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    catalog: {anything: [1, 2]}\n',
  'handle_pattern as an int':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    handle_pattern: 1\n',
  'is_message_required "yes" (a string)':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    is_message_required: "yes"\n',
  'is_message_required yes (a boolean)':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    is_message_required: yes\n',
  'is_message_required y (a string for PyYAML)':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    is_message_required: y\n',
  'is_message_required On':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    is_message_required: On\n',
  'two bad workflows':
    'version: "1"\nworkflows:\n  a:\n    name: 1\n  b:\n    description: x\n    name: ""\n',
  'extra top-level properties': `version: "1"\n${W}zeta: 1\nalpha: 2\n`,
  'extra property and no workflows': 'version: "1"\nextra: 1\n',
  'is_workflow_required 1': `version: "1"\nis_workflow_required: 1\n${W}`,
  'is_workflow_required no': `version: "1"\nis_workflow_required: no\n${W}`,
  'default_workflow 1': `version: "1"\ndefault_workflow: 1\n${W}`,
  'default_workflow null': `version: "1"\ndefault_workflow: null\n${W}`,
  'default_workflow y': `version: "1"\ndefault_workflow: y\nworkflows:\n  y:\n    name: Y\n`,
  'empty schemas': `version: "1"\n${W}schemas: {}\n`,
  'schema without url': `version: "1"\n${W}schemas:\n  s: {}\n`,
  'schema url as an int': `version: "1"\n${W}schemas:\n  s:\n    url: 1\n`,
  'schema with an extra property': `version: "1"\n${W}schemas:\n  s:\n    url: s3://b/k\n    x: 1\n`,
  'empty successors': `version: "1"\n${W}successors: {}\n`,
  'successor without title': `version: "1"\n${W}successors:\n  s3://b: {copy_data: false}\n`,
  successors: `version: "1"\n${W}successors:\n  s3://b: {title: B, copy_data: false}\n`,
  catalog: `version: "1"\n${W}catalog:\n  package_handle: {files: x}\n`,
  'broken YAML (unclosed flow)': 'version: "1"\nworkflows: [\n',
  'broken YAML (tab indentation)': 'version: "1"\nworkflows:\n\tw:\n\t\tname: W\n',
  'broken YAML (bad indentation)': 'version: "1"\nworkflows:\n  w:\n   name: W\n  x\n',
  'two documents': `version: "1"\n${W}---\nversion: "1"\n`,
  'empty file': '',
  'only a comment': '# nothing\n',
  'a list': '- version: "1"\n',
  'a string': 'version 1\n',
  'duplicate keys (the last wins)': `version: "2"\nversion: "1"\n${W}`,
  'anchors and aliases': 'version: "1"\nworkflows:\n  a: &w\n    name: W\n  b: *w\n',
  'merge keys':
    'version: "1"\nworkflows:\n  a: &w\n    name: W\n  b:\n    <<: *w\n    description: D\n',
  'an undefined alias': 'version: "1"\nworkflows:\n  a: *w\n',
  'a custom tag': 'version: "1"\nworkflows:\n  w:\n    name: !custom W\n',
  'a python tag': 'version: "1"\nworkflows:\n  w:\n    name: !!python/object:os.system W\n',
  'an explicit str tag': 'version: !!str 1\nworkflows:\n  w:\n    name: !!str 2\n',
  'a binary value': 'version: "1"\nworkflows:\n  w:\n    name: !!binary aGVsbG8=\n',
  'a date as name': 'version: "1"\nworkflows:\n  w:\n    name: 2024-01-31\n',
  'a one-digit month (a string for PyYAML)':
    'version: "1"\nworkflows:\n  w:\n    name: 2024-1-31\n',
  'a timestamp as name': 'version: "1"\nworkflows:\n  w:\n    name: 2024-01-31 10:00:00\n',
  '1e3 (a string for PyYAML)': 'version: "1"\nworkflows:\n  w:\n    name: 1e3\n',
  '1.0e+3 (a float)': 'version: "1"\nworkflows:\n  w:\n    name: 1.0e+3\n',
  '09 (a string for PyYAML)': 'version: "1"\nworkflows:\n  w:\n    name: 09\n',
  '017 (an octal int)': 'version: "1"\nworkflows:\n  w:\n    name: 017\n',
  '0x1F, 1_000, 1:20': 'version: "1"\nworkflows:\n  w:\n    name: 0x1F\n    description: 1_000\n',
  '. (a string for PyYAML)': 'version: "1"\nworkflows:\n  w:\n    name: .\n',
  '.inf': 'version: "1"\nworkflows:\n  w:\n    name: .inf\n',
  '~ (null)': 'version: "1"\nworkflows:\n  w:\n    name: ~\n',
  '= (a value tag)': 'version: "1"\nworkflows:\n  w:\n    name: =\n',
  'a collection as key': 'version: "1"\nworkflows:\n  w:\n    name: W\n  ? [1, 2]\n  : {name: X}\n',
  'a control character': 'version: "1"\nworkflows:\n  w:\n    name: "a\x07"\n',
  'NEL in a value': 'version: "1"\nworkflows:\n  w:\n    name: a\x85b\n',
  'a byte-order mark': `\ufeffversion: "1"\n${W}`,
  'invalid UTF-8': 'b64:' + Buffer.from([0x76, 0x3a, 0x20, 0xff, 0x0a]).toString('base64'),
  'unicode escapes': 'version: "1"\nworkflows:\n  w:\n    name: "caf\\u00e9 \\U0001F600"\n',
  'a long string': `version: "1"\nworkflows:\n  w:\n    name: ${'x'.repeat(5000)}\n`,
  'a %YAML 1.1 directive': `%YAML 1.1\n---\nversion: "1"\n${W}`,
  'a %YAML 1.2 directive': `%YAML 1.2\n---\nversion: "1"\n${W}is_workflow_required: yes\n`,
  'a %TAG directive': `%TAG !e! tag:example.com,2000:\n---\nversion: "1"\n${W}`,
  'an explicit float tag': 'version: "1"\nworkflows:\n  w:\n    name: !!float 1\n',
  'an explicit int tag on a string': 'version: "1"\nworkflows:\n  w:\n    name: !!int "3"\n',
  'a set': 'version: "1"\nworkflows:\n  w:\n    name: !!set {a}\n',
  'an omap in catalog':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    catalog: !!omap [a: 1, b: 2]\n',
  'an omap as workflows': 'version: "1"\nworkflows: !!omap\n  - w: {name: W}\n',
  'pairs as workflows': 'version: "1"\nworkflows: !!pairs\n  - w: {name: W}\n',
  'an explicit int tag': 'version: "1"\nworkflows:\n  w:\n    name: !!int 0x1F\n',
  'an explicit int tag on text': 'version: "1"\nworkflows:\n  w:\n    name: !!int abc\n',
  'an explicit float tag on text': 'version: "1"\nworkflows:\n  w:\n    name: !!float abc\n',
  'an explicit float tag in catalog':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    catalog: !!float 1\n',
  'a literal block name': 'version: "1"\nworkflows:\n  w:\n    name: |\n      two\n      lines\n',
  'a folded description':
    'version: "1"\nworkflows:\n  w:\n    name: W\n    description: >\n      one\n      line\n',
  'flow style': '{version: "1", workflows: {w: {name: W, is_message_required: true}}}',
  JSON: '{"version": "1", "workflows": {"w": {"name": "W"}}}',
  // PyYAML keeps non-string keys, and jsonschema's propertyNames ignores them.
  'an int workflow id': 'version: "1"\nworkflows:\n  1:\n    name: A\n',
  'a null workflow id': 'version: "1"\nworkflows:\n  ~:\n    name: A\n',
  'a boolean workflow id and a bad one':
    'version: "1"\nworkflows:\n  yes:\n    name: A\n  1x: {}\n',
  'an int top-level key': `version: "1"\n${W}7: x\n`,
  'a date key in schemas': `version: "1"\n${W}schemas:\n  2024-01-01: {url: 1}\n`
}

/** Configs whose first violation depends on Python's set order (see the test). */
const SET_ORDER = new Set(['two bad workflows'])
/**
 * Configs with `!!omap` / `!!pairs`: PyYAML makes lists of tuples, here lists of one-pair
 * mappings. The verdict is the same (a list either way); values and messages show the pairs
 * otherwise.
 */
const PAIRS = new Set(['an omap in catalog', 'an omap as workflows', 'pairs as workflows'])

interface Outcome {
  ok: boolean
  /** quilt3's exception class, when refused. */
  type?: string
  message?: string
  /** quilt3's config (JSON) or recorded workflow object (manifest JSON text). */
  value?: unknown
}

/** One registry: config, schema files, then a package checked with a workflow choice. */
interface PackageCase {
  title: string
  /** config.yml; `{dir}` is replaced by the registry folder. */
  config: string | null
  /** Files in the registry folder: name -> content. */
  files?: Record<string, string>
  /** `...` (not given) = default; null = none; else an id. */
  workflow?: string | null
  name?: string
  message?: string | null
  /** JSON text of the package metadata; undefined: not set (`{}`, as quilt3 checks it). */
  meta?: string
  entries?: { logical_key: string; size: number; meta?: string }[]
  /** Our message need not start with quilt3's (stated why); both must refuse. */
  looser?: string
}

const DRAFT7 = '"$schema": "http://json-schema.org/draft-07/schema#"'
const cfg = (wf: string, schemas = ''): string =>
  `version: "1"\ndefault_workflow: w\nworkflows:\n  w:\n    name: W\n${wf}${schemas}`
const metaWf = '    metadata_schema: m\n'
const metaSchemas = 'schemas:\n  m:\n    url: file://{dir}/m.json\n'
/** A case whose metadata schema is `schema` and metadata is `meta`. */
const metaCase = (
  title: string,
  schema: string,
  meta: string,
  extra: Partial<PackageCase> = {}
) => ({
  title,
  config: cfg(metaWf, metaSchemas),
  files: { 'm.json': schema },
  meta,
  ...extra
})
const entriesCase = (
  title: string,
  schema: string,
  entries: PackageCase['entries'],
  extra: Partial<PackageCase> = {}
): PackageCase => ({
  title,
  config: cfg('    entries_schema: e\n', 'schemas:\n  e:\n    url: file://{dir}/e.json\n'),
  files: { 'e.json': schema },
  entries,
  ...extra
})

const AUTHOR = `{${DRAFT7}, "type": "object", "required": ["author"], "properties": {"author": {"type": "string", "minLength": 1}, "year": {"type": "integer"}}}`

const PACKAGE_CASES: PackageCase[] = [
  // The choice of workflow.
  { title: 'no config, no workflow given', config: null },
  { title: 'no config, a workflow given', config: null, workflow: 'w' },
  { title: 'no config, none given', config: null, workflow: null },
  { title: 'default workflow', config: cfg('') },
  { title: 'explicit workflow', config: cfg('') + '  v:\n    name: V\n', workflow: 'v' },
  { title: 'unknown workflow', config: cfg(''), workflow: 'nope' },
  { title: 'none while required', config: cfg(''), workflow: null },
  {
    title: 'none while not required',
    config: `version: "1"\nis_workflow_required: false\n${W}`,
    workflow: null
  },
  {
    title: 'no default, not required',
    config: `version: "1"\nis_workflow_required: false\n${W}`
  },
  { title: 'no default, required', config: `version: "1"\n${W}` },
  {
    title: 'default that does not exist',
    config: `version: "1"\ndefault_workflow: gone\n${W}`
  },
  // Message and name.
  {
    title: 'message required, none',
    config: cfg('    is_message_required: true\n'),
    message: null
  },
  { title: 'message required, empty', config: cfg('    is_message_required: true\n'), message: '' },
  {
    title: 'message required, given',
    config: cfg('    is_message_required: true\n'),
    message: 'm'
  },
  {
    title: 'message checked before the name',
    config: cfg('    is_message_required: true\n    handle_pattern: ^zz/\n'),
    message: null
  },
  { title: 'name pattern matches', config: cfg('    handle_pattern: ^team/\n'), name: 'team/x' },
  { title: 'name pattern fails', config: cfg('    handle_pattern: ^team/\n'), name: 'other/x' },
  {
    title: 'name pattern unanchored',
    config: cfg('    handle_pattern: data\n'),
    name: 'a/my-data-x'
  },
  {
    title: 'name pattern \\w',
    config: cfg('    handle_pattern: ^\\w+/\\w+$\n'),
    name: 'équipe/données'
  },
  {
    title: 'name pattern \\w refuses -',
    config: cfg('    handle_pattern: ^\\w+/\\w+$\n'),
    name: 'a-b/c'
  },
  { title: 'empty name pattern', config: cfg('    handle_pattern: ""\n'), name: 'a/b' },
  {
    title: 'invalid name pattern',
    config: cfg('    handle_pattern: "(unclosed"\n'),
    looser: 'quilt3 raises re.error'
  },
  // Metadata.
  metaCase('metadata passes', AUTHOR, '{"author": "me", "year": 2024}'),
  metaCase('metadata misses a required property', AUTHOR, '{"year": 2024}'),
  metaCase('metadata has a wrong type', AUTHOR, '{"author": "me", "year": "2024"}'),
  metaCase('metadata has a float for an integer', AUTHOR, '{"author": "me", "year": 2024.5}'),
  metaCase('metadata 2024.0 is an integer', AUTHOR, '{"author": "me", "year": 2024.0}'),
  metaCase('metadata with several violations', AUTHOR, '{"author": "", "year": "x"}'),
  metaCase('metadata not set', AUTHOR, undefined as unknown as string),
  metaCase('metadata null', AUTHOR, 'null'),
  metaCase('metadata is a list', AUTHOR, '[1, 2]'),
  metaCase(
    'properties checked in the schema order',
    '{"properties": {"b": {"type": "string"}, "a": {"type": "string"}}}',
    '{"a": 1, "b": 2}'
  ),
  metaCase('required checked in list order', '{"required": ["z", "a", "m"]}', '{"m": 1}'),
  metaCase(
    'keywords checked in schema order',
    '{"required": ["x"], "type": "object", "maxProperties": 0}',
    '{"y": 1}'
  ),
  metaCase(
    'enum',
    '{"properties": {"stage": {"enum": ["raw", "clean", 3, null]}}}',
    '{"stage": "final"}'
  ),
  metaCase('const', '{"properties": {"v": {"const": 1.5}}}', '{"v": 2}'),
  metaCase(
    'pattern (Python semantics)',
    '{"properties": {"id": {"type": "string", "pattern": "^\\\\w+$"}}}',
    '{"id": "é٣²"}'
  ),
  metaCase(
    'pattern with $ before a final newline',
    '{"properties": {"id": {"pattern": "^ab$"}}}',
    '{"id": "ab\\n"}'
  ),
  metaCase(
    'pattern fails',
    '{"properties": {"id": {"pattern": "^[a-z]+-\\\\d{4}$"}}}',
    '{"id": "abc-12"}'
  ),
  metaCase(
    'nested objects',
    '{"properties": {"a": {"properties": {"b": {"properties": {"c": {"type": "integer"}}}}}}}',
    '{"a": {"b": {"c": "x"}}}'
  ),
  metaCase(
    'array items',
    '{"properties": {"tags": {"type": "array", "items": {"type": "string", "maxLength": 3}}}}',
    '{"tags": ["ab", 5, "abcd"]}'
  ),
  metaCase(
    'minLength 1 and 2',
    '{"properties": {"a": {"minLength": 1}, "b": {"minLength": 2}}}',
    '{"a": "", "b": "x"}'
  ),
  metaCase('maxLength 0', '{"properties": {"a": {"maxLength": 0}}}', '{"a": "x"}'),
  metaCase('minItems 1', '{"properties": {"a": {"minItems": 1}}}', '{"a": []}'),
  metaCase(
    'minItems 2, maxItems 0',
    '{"properties": {"a": {"minItems": 2}, "b": {"maxItems": 0}}}',
    '{"a": [1], "b": [1]}'
  ),
  metaCase(
    'minimum and maximum',
    '{"properties": {"a": {"minimum": 1.5}, "b": {"maximum": 10}}}',
    '{"a": 1, "b": 10.5}'
  ),
  metaCase(
    'exclusive bounds',
    '{"properties": {"a": {"exclusiveMinimum": 0}, "b": {"exclusiveMaximum": 1}}}',
    '{"a": 0, "b": 1}'
  ),
  metaCase('multipleOf', '{"properties": {"a": {"multipleOf": 3}}}', '{"a": 10}'),
  metaCase('uniqueItems', '{"properties": {"a": {"uniqueItems": true}}}', '{"a": [1, 2, 1]}'),
  metaCase(
    'uniqueItems: 1 and true differ',
    '{"properties": {"a": {"uniqueItems": true}}}',
    '{"a": [1, true]}'
  ),
  metaCase(
    'min and max properties',
    '{"properties": {"a": {"minProperties": 1}, "b": {"minProperties": 2}, "c": {"maxProperties": 0}}}',
    '{"a": {}, "b": {"x": 1}, "c": {"x": 1}}'
  ),
  metaCase(
    'additionalProperties false',
    '{"properties": {"a": {}}, "additionalProperties": false}',
    '{"a": 1, "zz": 2, "b": 3}'
  ),
  metaCase(
    'additionalProperties false and patternProperties',
    '{"patternProperties": {"^x_": {}, "^y_": {}}, "additionalProperties": false}',
    '{"x_1": 1, "b": 2}'
  ),
  metaCase(
    'additionalProperties schema',
    '{"additionalProperties": {"type": "integer"}}',
    '{"a": 1, "b": "x"}'
  ),
  metaCase(
    'patternProperties',
    '{"patternProperties": {"^n_": {"type": "number"}}}',
    '{"n_a": "x"}'
  ),
  metaCase('propertyNames', '{"propertyNames": {"pattern": "^[a-z]+$"}}', '{"ok": 1, "Bad": 2}'),
  metaCase('dependencies (list)', '{"dependencies": {"a": ["b", "c"]}}', '{"a": 1, "c": 1}'),
  metaCase('dependencies (schema)', '{"dependencies": {"a": {"required": ["d"]}}}', '{"a": 1}'),
  metaCase(
    'anyOf',
    '{"properties": {"a": {"anyOf": [{"type": "string"}, {"minimum": 5}]}}}',
    '{"a": 1}'
  ),
  metaCase(
    'oneOf none',
    '{"properties": {"a": {"oneOf": [{"type": "string"}, {"type": "boolean"}]}}}',
    '{"a": 1}'
  ),
  metaCase(
    'oneOf several',
    '{"properties": {"a": {"oneOf": [{"type": "number"}, {"minimum": 0}]}}}',
    '{"a": 1}'
  ),
  metaCase('allOf', '{"allOf": [{"required": ["a"]}, {"required": ["b"]}]}', '{}'),
  metaCase('not', '{"properties": {"a": {"not": {"type": "number"}}}}', '{"a": 1}'),
  metaCase(
    'if then',
    '{"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {"required": ["c"]}}',
    '{"a": 1}'
  ),
  metaCase(
    'if else',
    '{"if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {"required": ["c"]}}',
    '{}'
  ),
  metaCase('contains', '{"properties": {"a": {"contains": {"type": "string"}}}}', '{"a": [1, 2]}'),
  metaCase(
    'items list and additionalItems false',
    '{"properties": {"a": {"items": [{"type": "string"}], "additionalItems": false}}}',
    '{"a": ["x", 1, 2]}'
  ),
  metaCase('a false schema', '{"properties": {"a": false}}', '{"a": 1}'),
  metaCase('type list', '{"properties": {"a": {"type": ["string", "null"]}}}', '{"a": 1.0}'),
  metaCase(
    'format is not checked',
    '{"properties": {"a": {"format": "email"}}}',
    '{"a": "not an email"}'
  ),
  metaCase('a true schema', 'true', '{"a": 1}'),
  metaCase(
    'reprs: unicode, control characters, quotes',
    '{"properties": {"a": {"type": "integer"}, "b": {"type": "integer"}, "c": {"type": "integer"}}}',
    '{"a": "é\\u0007", "b": "it\'s", "c": {"k": [null, true, 1.5e300]}}'
  ),
  metaCase(
    'a big int',
    '{"properties": {"a": {"maximum": 10}}}',
    '{"a": 123456789012345678901234567890}'
  ),
  // Schema refusals.
  metaCase(
    '$ref',
    '{"properties": {"a": {"$ref": "#/definitions/x"}}, "definitions": {"x": {}}}',
    '{}'
  ),
  metaCase('$ref as a property name', '{"properties": {"$ref": {"type": "string"}}}', '{}'),
  metaCase('draft-04 $schema', '{"$schema": "http://json-schema.org/draft-04/schema#"}', '{}'),
  metaCase(
    'draft-07 $schema without #',
    '{"$schema": "http://json-schema.org/draft-07/schema"}',
    '{}'
  ),
  metaCase('$schema not a string', '{"$schema": 7}', '{}'),
  metaCase('invalid schema: unknown type', '{"type": "foo"}', '{}'),
  metaCase('invalid schema: negative minLength', '{"minLength": -1}', '{}'),
  metaCase('invalid schema: required not a list', '{"required": "a"}', '{}'),
  metaCase('invalid schema: bad pattern', '{"pattern": "("}', '{}', {
    looser: 'jsonschema checks the regex format: its message quotes the pattern'
  }),
  metaCase('schema that is not JSON', '{"type": "object",}', '{}'),
  metaCase('schema that is a list', '[]', '{}'),
  {
    title: 'schema id not in schemas',
    config: cfg('    metadata_schema: nope\n', metaSchemas),
    files: { 'm.json': '{}' }
  },
  {
    title: 'schema file that does not exist',
    config: cfg(metaWf, metaSchemas)
  },
  {
    title: 'schema URL that is not a URL quilt3 reads',
    config: cfg(metaWf, 'schemas:\n  m:\n    url: https://example.com/m.json\n')
  },
  {
    title: 'schema on S3 from a local registry (not reached: no credentials needed to fail)',
    config: cfg(metaWf, 'schemas:\n  m:\n    url: file://{dir}/nope/m.json\n')
  },
  {
    title: 'metadata and entries schemas recorded in that order',
    config: cfg(
      '    entries_schema: e\n    metadata_schema: m\n',
      'schemas:\n  e:\n    url: file://{dir}/e.json\n  m:\n    url: file://{dir}/m.json\n'
    ),
    files: { 'm.json': '{}', 'e.json': '{}' }
  },
  {
    title: 'one schema for metadata and entries',
    config: cfg('    metadata_schema: m\n    entries_schema: m\n', metaSchemas),
    files: { 'm.json': '{}' }
  },
  {
    title: 'two ids, one URL',
    config: cfg(
      '    metadata_schema: m\n    entries_schema: e\n',
      'schemas:\n  m:\n    url: file://{dir}/m.json\n  e:\n    url: file://{dir}/m.json\n'
    ),
    files: { 'm.json': '{}' }
  },
  // Entries.
  entriesCase(
    'entries pass',
    '{"type": "array", "items": {"properties": {"logical_key": {"pattern": "\\\\.(txt|csv)$"}}}}',
    [
      { logical_key: 'a.txt', size: 1 },
      { logical_key: 'b/c.csv', size: 2 }
    ]
  ),
  entriesCase(
    'entries: logical key pattern',
    '{"type": "array", "items": {"properties": {"logical_key": {"pattern": "\\\\.(txt|csv)$"}}}}',
    [
      { logical_key: 'a.txt', size: 1 },
      { logical_key: 'w.bin', size: 2 },
      { logical_key: 'x.png', size: 2 }
    ]
  ),
  entriesCase('entries: size maximum', '{"items": {"properties": {"size": {"maximum": 100}}}}', [
    { logical_key: 'a', size: 1 },
    { logical_key: 'b', size: 1000 }
  ]),
  entriesCase(
    'entries: meta required',
    '{"items": {"properties": {"meta": {"required": ["k"]}}}}',
    [
      { logical_key: 'a', size: 1, meta: '{"k": 1}' },
      { logical_key: 'b', size: 1 }
    ]
  ),
  entriesCase('entries: minItems', '{"minItems": 3}', [{ logical_key: 'a', size: 1 }]),
  entriesCase('entries: none', '{"minItems": 1}', [])
]

/** Known differences in package cases (quilt3 accepts, we refuse), checked as such. */
const PACKAGE_DIFFERENCES: PackageCase[] = [
  {
    title: 'a name pattern Python accepts but that has no faithful translation',
    config: cfg('    handle_pattern: (?i)^TEAM/\n'),
    name: 'team/x'
  },
  metaCase(
    'a schema with NaN (Python json accepts it)',
    '{"properties": {"a": {"maximum": NaN}}}',
    '{}'
  ),
  metaCase(
    'a schema pattern Python accepts but that has no faithful translation',
    '{"properties": {"a": {"pattern": "(?i)^abc$"}}}',
    '{"a": "ABC"}'
  )
]

const SCRIPT = `
${PY_COMMON}
import base64, json, os
import quilt3.workflows as wf
from quilt3.backends import get_package_registry
from quilt3.util import PhysicalKey

def outcome(fn):
    try:
        return {'ok': True, 'value': fn()}
    except Exception as e:
        return {'ok': False, 'type': type(e).__name__, 'message': str(e)}

def norm(o):
    # Non-string mapping keys, which the JS side stands in for.
    if isinstance(o, dict):
        return {k if isinstance(k, str) else '<non-string key>': norm(v) for k, v in o.items()}
    if isinstance(o, list):
        return [norm(x) for x in o]
    return o

class Entry:
    def __init__(self, size, meta):
        self.size = size
        self.meta = meta

class Pkg:
    def __init__(self, meta, entries):
        self.meta = meta
        self._entries = entries
    def walk(self):
        return iter(self._entries)

def main(data):
    configs = {}
    for title, c in data['configs'].items():
        path = os.path.join(data['dir'], 'configs', str(len(configs)) + '.yml')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(base64.b64decode(c))
        def load():
            config = wf.WorkflowConfig.load(PhysicalKey.from_path(path))
            return None if config is None else json.loads(json.dumps(norm(config.config), default=repr))
        configs[title] = outcome(load)
    packages = []
    for case in data['packages']:
        def check(case=case):
            meta = {} if case['meta'] is None else json.loads(case['meta'])
            entries = [(e['logical_key'], Entry(e['size'], json.loads(e['meta']) if e.get('meta') else {}))
                       for e in case['entries']]
            workflow = ... if case['workflow'] == '...' else case['workflow']
            r = wf.validate(registry=get_package_registry('file://' + case['dir']), workflow=workflow,
                            name=case['name'], pkg=Pkg(meta, entries), message=case['message'])
            return None if r is None else json.dumps(r, ensure_ascii=False)
        packages.append(outcome(check))
    return {'configs': configs, 'packages': packages}
`

interface Prepared {
  c: PackageCase
  dir: string
}

const root = realpathSync(tempDir('qpa-wfcfg-'))

function prepare(c: PackageCase, i: number): Prepared {
  const dir = join(root, `r${i}`)
  mkdirSync(join(dir, '.quilt', 'workflows'), { recursive: true })
  if (c.config !== null) {
    writeFileSync(join(dir, '.quilt', 'workflows', 'config.yml'), c.config.replace(/\{dir\}/g, dir))
  }
  for (const [name, text] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), text)
  return { c, dir }
}

const ALL_CASES = [...PACKAGE_CASES, ...PACKAGE_DIFFERENCES]
const prepared = ALL_CASES.map(prepare)

const configBytes = (text: string): Buffer =>
  text.startsWith('b64:') ? Buffer.from(text.slice(4), 'base64') : Buffer.from(text, 'utf-8')

let py: { configs: Record<string, Outcome>; packages: Outcome[] }

beforeAll(async () => {
  py = await runPython(SCRIPT, {
    dir: root,
    configs: Object.fromEntries(
      Object.entries(CONFIGS).map(([k, v]) => [k, configBytes(v).toString('base64')])
    ),
    packages: prepared.map(({ c, dir }) => ({
      dir,
      workflow: c.workflow === undefined ? '...' : c.workflow,
      name: c.name ?? 'team/pkg',
      message: c.message === undefined ? 'message' : c.message,
      meta: c.meta ?? null,
      entries: c.entries ?? [{ logical_key: 'f.txt', size: 3 }]
    }))
  })
})

function ourConfig(text: string): Outcome {
  try {
    const config = JSON.stringify(parseConfig(configBytes(text)), (_k, v: unknown) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return v
      return Object.fromEntries(
        Object.entries(v).map(([key, x]) => [
          /^--qpa-[a-z0-9]+-\d+$/.test(key) ? '<non-string key>' : key,
          x
        ])
      )
    })
    return { ok: true, value: JSON.parse(config) as unknown }
  } catch (e) {
    return { ok: false, type: (e as Error).name, message: (e as Error).message }
  }
}

async function ourPackage({ c, dir }: Prepared): Promise<Outcome> {
  const choice: WorkflowChoice =
    c.workflow === undefined
      ? { kind: 'default' }
      : c.workflow === null
        ? { kind: 'none' }
        : { kind: 'id', id: c.workflow }
  const entries = (c.entries ?? [{ logical_key: 'f.txt', size: 3 }]).map((e) => ({
    logicalKey: e.logical_key,
    size: e.size,
    meta: new Map([['user_meta', e.meta ? parsePyJson(e.meta) : new Map()]]) as PyValue
  }))
  try {
    const recorded = await applyWorkflow(
      { configKey: new LocalRegistry(dir).workflowConfigKey(), fetch: localFetch },
      choice,
      {
        name: c.name ?? 'team/pkg',
        message: c.message === undefined ? 'message' : c.message,
        userMeta: c.meta === undefined ? undefined : parsePyJson(c.meta),
        entries
      }
    )
    return { ok: true, value: recorded === null ? null : toManifestJson(recorded) }
  } catch (e) {
    return { ok: false, type: (e as Error).name, message: (e as Error).message }
  }
}

/**
 * How our outcome differs from quilt3's, or null when it does not: the same acceptance and the
 * same value; or both refuse and our message starts with quilt3's, its listed violations each
 * with a JSON path. `raw`: quilt3 fails with a Python error (no message to match); `set-order`:
 * quilt3's first violation comes from a Python set's order, so it need only be one of ours;
 * `looser`: only the text before quilt3's first colon must be ours; `verdict`: only accepting or
 * refusing.
 */
function mismatch(
  ours: Outcome,
  theirs: Outcome,
  how: 'exact' | 'raw' | 'set-order' | 'looser' | 'verdict' = 'exact'
): string | null {
  const show = (o: Outcome): string => JSON.stringify(o)
  if (how === 'verdict')
    return ours.ok === theirs.ok ? null : `here: ${show(ours)}; quilt3: ${show(theirs)}`
  if (theirs.ok) {
    const same = ours.ok && isDeepStrictEqual(ours.value, theirs.value ?? null)
    return same ? null : `quilt3 accepts: ${show(theirs)}; here: ${show(ours)}`
  }
  if (ours.ok) return `quilt3 refuses: ${show(theirs)}; accepted here: ${show(ours)}`
  const mine = ours.message!
  const first = theirs.message!
  if (how === 'raw') {
    return mine === "Couldn't parse workflows config as YAML." ? null : `here: ${mine}`
  }
  if (how === 'set-order') {
    const text = first.replace(/^Workflows config failed validation: |\.$/g, '')
    return mine.includes(`: ${text}`) ? null : `quilt3's ${first} is not among ours: ${mine}`
  }
  if (how === 'looser') {
    const head = first.includes(':') ? first.slice(0, first.indexOf(':')) : ''
    return mine.includes(head) ? null : `here: ${mine}; quilt3: ${first}`
  }
  if (!mine.startsWith(first)) return `quilt3: ${first}\nhere:   ${mine}`
  const listed = /Violations \((\d+)\): (.*)\.$/.exec(mine)
  if (listed && !listed[2]!.split('; ').every((v) => v.startsWith('$')))
    return `violations without JSON paths: ${mine}`
  return null
}

describe('config.yml read and checked as quilt3 does', () => {
  it.each(Object.keys(CONFIGS))('%s', (title) => {
    const theirs = py.configs[title]!
    // quilt3 fails with a raw exception (UnicodeDecodeError) where its type is not its own.
    const how =
      !theirs.ok && !/Configuration/.test(theirs.type!)
        ? 'raw'
        : SET_ORDER.has(title)
          ? 'set-order'
          : PAIRS.has(title)
            ? 'verdict'
            : 'exact'
    expect(mismatch(ourConfig(CONFIGS[title]!), theirs, how)).toBeNull()
  })
})

describe('choice, checks and record as quilt3 makes them', () => {
  it('has distinct titles', () => {
    expect(new Set(ALL_CASES.map((c) => c.title)).size).toBe(ALL_CASES.length)
  })

  it.each(PACKAGE_CASES.map((c, i) => [c.title, i] as const))('%s', async (_title, i) => {
    const ours = await ourPackage(prepared[i]!)
    const how = PACKAGE_CASES[i]!.looser ? 'looser' : 'exact'
    expect(mismatch(ours, py.packages[i]!, how)).toBeNull()
  })

  it.each(PACKAGE_DIFFERENCES.map((c, i) => [c.title, PACKAGE_CASES.length + i] as const))(
    'known difference: %s (quilt3 accepts, refused here)',
    async (_title, i) => {
      expect(py.packages[i]!.ok).toBe(true)
      expect((await ourPackage(prepared[i]!)).ok).toBe(false)
    }
  )

  it('describeError: one ajv error in jsonschema’s words, with its JSON path', () => {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false })
    const schema = { properties: { a: { items: { type: 'integer', minimum: 2 } } } }
    const validate = ajv.compile(schema)
    const value = { a: [5, 1] }
    expect(validate(value)).toBe(false)
    expect(validate.errors!.map((e) => describeError(e, value))).toEqual([
      '$.a[1]: 1 is less than the minimum of 2'
    ])
    expect(validate.errors!.map((e) => describeError(e, value, schema))).toEqual([
      '$.a[1]: 1 is less than the minimum of 2'
    ])
  })

  it('lists every violation with its JSON path', async () => {
    const i = PACKAGE_CASES.findIndex((c) => c.title === 'metadata with several violations')
    const ours = await ourPackage(prepared[i]!)
    expect(ours.message).toBe(
      "Metadata failed validation: '' should be non-empty. Violations (2): $.author: '' should be non-empty; $.year: 'x' is not of type 'integer'."
    )
    const j = PACKAGE_CASES.findIndex((c) => c.title === 'entries: logical key pattern')
    const entries = await ourPackage(prepared[j]!)
    expect(entries.message).toBe(
      "Package entries failed validation: 'w.bin' does not match '\\\\.(txt|csv)$'. Violations (2): $[1].logical_key: 'w.bin' does not match '\\\\.(txt|csv)$'; $[2].logical_key: 'x.png' does not match '\\\\.(txt|csv)$'."
    )
    // The error carries them too.
    const k = PACKAGE_CASES.findIndex((c) => c.title === 'metadata has a wrong type')
    const { c, dir } = prepared[k]!
    await expect(
      applyWorkflow(
        {
          configKey: PhysicalKey.local(join(dir, '.quilt/workflows/config.yml')),
          fetch: localFetch
        },
        { kind: 'default' },
        { name: 'a/b', message: 'm', userMeta: parsePyJson(c.meta!), entries: [] }
      )
    ).rejects.toEqual(
      expect.objectContaining({
        constructor: WorkflowValidationError,
        violations: ["$.year: '2024' is not of type 'integer'"]
      })
    )
  })
})
