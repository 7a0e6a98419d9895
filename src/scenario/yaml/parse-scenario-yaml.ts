import { isAlias, isCollection, isPair, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { ScenarioError, type ScenarioIssue } from '../errors.js';

/**
 * Nesting allowed in a scenario: the deepest field (such as
 * demand.indications.<id>.mainstreaming.ceilingShare) is 5 levels, so 32 is generous.
 */
export const MAX_YAML_DEPTH = 32;
/** Alias expansions allowed while building the data: enough for sharing a few values, not for a "billion laughs" file. */
export const MAX_YAML_ALIAS_COUNT = 100;

type Ancestor = Document | Node | Pair;

/**
 * Parses a scenario's YAML (or JSON) text into plain data. Refuses, naming file, line and field,
 * what would otherwise throw deep inside the parser or build a structure we did not expect: an
 * alias before its anchor, an alias inside its own anchor (a cycle), nesting deeper than
 * MAX_YAML_DEPTH, and alias expansion beyond MAX_YAML_ALIAS_COUNT.
 */
export function parseScenarioYaml(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
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
  const at = (node: Node) => (node.range ? ` (line ${lines.linePos(node.range[0]).line})` : '');
  visit(doc, (_key, node, path) => {
    if (!isNodeLike(node)) return undefined;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) {
        issues.push({ file, path: fieldPath(path, node), message: `alias *${node.source} has no anchor &${node.source} before it${at(node)}` });
      } else if (path.includes(target)) {
        issues.push({ file, path: fieldPath(path, node), message: `alias *${node.source} refers to a value that contains it (a cycle)${at(node)}` });
      }
      return visit.SKIP;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isCollection(node) && path.filter(isCollection).length >= MAX_YAML_DEPTH) {
      issues.push({ file, path: fieldPath(path, node), message: `nested more than ${MAX_YAML_DEPTH} levels deep${at(node)}` });
      return visit.SKIP;
    }
    return undefined;
  });
  return issues;
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
