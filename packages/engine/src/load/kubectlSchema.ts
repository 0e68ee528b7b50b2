/**
 * The js-yaml schema that reads YAML as kubectl does (go-yaml v2 through sigs.k8s.io/yaml):
 * YAML 1.1 booleans (`yes`/`no`/`on`/`off`/`y`/`n`), `0123` octal, `0x`/`0b` integers,
 * `<<` merge keys. Unlike js-yaml's own YAML 1.1 schema, timestamps stay strings (go-yaml
 * v2 keeps them as text when decoding into untyped JSON), there are no sexagesimal numbers
 * (`1:20` is a string), and `1e3` is a float as in go-yaml. The same rules as the `yaml`
 * library's reading in `yamlDocuments.ts`; test/loadDifferential.test.ts keeps them equal.
 */
import { defineScalarTag, FAILSAFE_SCHEMA, mergeTag, NOT_RESOLVED, nullYaml11Tag } from 'js-yaml';

const TRUE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
const FALSE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;

const boolTag = defineScalarTag<boolean>('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['Y', 'y', 'T', 't', 'O', 'o', 'N', 'n', 'F', 'f'],
  resolve: (source) => (TRUE.test(source) ? true : FALSE.test(source) ? false : NOT_RESOLVED),
  identify: (data) => typeof data === 'boolean',
});

const INTEGERS: ReadonlyArray<{
  readonly test: RegExp;
  readonly skip: number;
  readonly radix: number;
}> = [
  { test: /^[-+]?0b[0-1_]+$/, skip: 2, radix: 2 },
  { test: /^[-+]?0[0-7_]+$/, skip: 1, radix: 8 },
  { test: /^[-+]?[0-9][0-9_]*$/, skip: 0, radix: 10 },
  { test: /^[-+]?0x[0-9a-fA-F_]+$/, skip: 2, radix: 16 },
];

function resolveInt(source: string): number | typeof NOT_RESOLVED {
  const form = INTEGERS.find((f) => f.test.test(source));
  if (!form) return NOT_RESOLVED;
  const sign = source[0] === '-' || source[0] === '+' ? source[0] : '';
  const digits = source.slice(sign.length + form.skip).replace(/_/g, '');
  const value = form.radix === 10 ? Number(digits) : parseInt(digits, form.radix);
  return sign === '-' ? -value : value;
}

const SIGNS_AND_DIGITS = ['-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const intTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: SIGNS_AND_DIGITS,
  resolve: resolveInt,
  identify: (data) => typeof data === 'number' && Number.isInteger(data),
});

/** go-yaml v2 floats need a digit: `e0`, `.` and `-.` are strings there. */
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+$/;
const DECIMAL = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;
const SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

function resolveFloat(source: string): number | typeof NOT_RESOLVED {
  if (SPECIAL.test(source)) {
    if (source.endsWith('nan') || source.endsWith('NaN') || source.endsWith('NAN')) return NaN;
    return source[0] === '-' ? -Infinity : Infinity;
  }
  if (EXPONENT.test(source) || DECIMAL.test(source)) return parseFloat(source.replace(/_/g, ''));
  return NOT_RESOLVED;
}

const floatTag = defineScalarTag<number>('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: [...SIGNS_AND_DIGITS, '.'],
  resolve: resolveFloat,
  identify: (data) => typeof data === 'number',
});

export const KUBECTL_SCHEMA = FAILSAFE_SCHEMA.withTags(
  nullYaml11Tag,
  boolTag,
  intTag,
  floatTag,
  mergeTag,
);
