import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { ScenarioError, type ScenarioIssue } from '../errors.js';

/**
 * Nesting allowed in a scenario: the deepest field (such as
 * demand.indications.<id>.mainstreaming.ceilingShare) is 5 levels, so 32 is generous.
 */
export const MAX_YAML_DEPTH = 32;
/** Alias expansions allowed while building the data: enough for sharing a few values, not for a "billion laughs" file. */
export const MAX_YAML_ALIAS_COUNT = 100;
/** Values aliases may copy in all (each mapping, list or scalar counts one). */
export const MAX_YAML_ALIASED_VALUES = 10_000;

type Ancestor = Document | Node | Pair;

/**
 * Parses a scenario's YAML (or JSON) text into plain data. Refuses, naming file, line and field,
 * what would otherwise throw deep inside the parser or build a structure we did not expect: an
 * alias before its anchor, an alias inside its own anchor (a cycle), nesting deeper than
 * MAX_YAML_DEPTH, and alias expansion beyond MAX_YAML_ALIAS_COUNT.
 */
export function parseScenarioYaml(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  // The parser's own duplicate-key check compares each key with every earlier one (quadratic: a
  // file of 200,000 keys takes minutes), so duplicates are found here with a set per mapping.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false, lineCounter });
  if (doc.errors.length > 0) {
    throw new ScenarioError(doc.errors.map((e) => ({ file, path: '', message: `not valid YAML/JSON: ${syntaxMessage(e.message)}` })));
  }
  const issues = structureIssues(doc, file, lineCounter);
  if (issues.length > 0) throw new ScenarioError(issues);
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    const message = /resource exhaustion/.test((error as Error).message)
      ? `too many alias expansions (more than ${MAX_YAML_ALIAS_COUNT}); aliases may share a value, not multiply it`
      : `cannot read the YAML: ${(error as Error).message}`;
    throw new ScenarioError([{ file, path: '', message }]);
  }
}

function syntaxMessage(message: string): string {
  const first = message.split('\n')[0]!;
  return first.replace(/Maximum call stack size exceeded/, `nested too deeply (at most ${MAX_YAML_DEPTH} levels)`);
}

function structureIssues(doc: Document, file: string, lines: LineCounter): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const anchors = new Map<string, Node>();
  const aliases: { alias: Node; target: Node; path: readonly Ancestor[] }[] = [];
  const targets = new Map<Node, Node>(); // Each alias's anchor as it stood where the alias is: anchors may be redefined.
  const at = (node: Node) => (node.range ? ` (line ${lines.linePos(node.range[0]).line})` : '');
  visit(doc, (_key, node, path) => {
    if (!isNodeLike(node)) return undefined;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) {
        issues.push({ file, path: fieldPath(path, node), message: `alias *${node.source} has no anchor &${node.source} before it${at(node)}` });
      } else if (path.includes(target)) {
        issues.push({ file, path: fieldPath(path, node), message: `alias *${node.source} refers to a value that contains it (a cycle)${at(node)}` });
      } else {
        aliases.push({ alias: node, target, path: [...path] });
        targets.set(node, target);
      }
      return visit.SKIP;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (keys.has(key)) issues.push({ file, path: fieldPath([...path, node, pair], pair.key as Node), message: `not valid YAML/JSON: the key '${String(key)}' appears twice in one mapping${at(pair.key as Node)}` });
        keys.add(key);
      }
    }
    if (isCollection(node) && path.filter(isCollection).length >= MAX_YAML_DEPTH) {
      issues.push({ file, path: fieldPath(path, node), message: `nested more than ${MAX_YAML_DEPTH} levels deep${at(node)}` });
      return visit.SKIP;
    }
    return undefined;
  });
  if (issues.length > 0) return issues;
  // Each alias copies its anchor's whole value: count what they copy, so an alias bomb is named by its line.
  const sizes = new Map<Node, number>();
  let copied = 0;
  for (const { alias, target, path } of aliases) {
    copied += valuesIn(target, sizes, targets);
    if (copied > MAX_YAML_ALIASED_VALUES) {
      return [{ file, path: fieldPath(path, alias), message: `aliases copy more than ${MAX_YAML_ALIASED_VALUES.toLocaleString('en-GB')} values by here${at(alias)}; aliases may share a value, not multiply it` }];
    }
  }
  return issues;
}

/** Values (mappings, lists, scalars) a node stands for once its aliases are expanded. */
function valuesIn(node: unknown, sizes: Map<Node, number>, targets: Map<Node, Node>): number {
  if (isPair(node)) return valuesIn(node.key, sizes, targets) + valuesIn(node.value, sizes, targets);
  if (!isNodeLike(node)) return 0;
  const known = sizes.get(node);
  if (known !== undefined) return known;
  let n = 1;
  if (isAlias(node)) n = valuesIn(targets.get(node), sizes, targets);
  else if (isCollection(node)) for (const item of node.items) n = Math.min(n + valuesIn(item, sizes, targets), Number.MAX_SAFE_INTEGER);
  sizes.set(node, n);
  return n;
}

const isNodeLike = (x: unknown): x is Node => typeof x === 'object' && x !== null && !isPair(x);

/** The dotted field path of a node from its ancestors: map keys and list indices. */
function fieldPath(path: readonly Ancestor[], node: Node): string {
  const parts: string[] = [];
  path.forEach((ancestor, i) => {
    if (isPair(ancestor)) parts.push(String((ancestor.key as { value?: unknown } | null)?.value ?? ancestor.key));
    else if (isSeq(ancestor)) parts.push(String(ancestor.items.indexOf((path[i + 1] ?? node) as never)));
  });
  return parts.join('.');
}
