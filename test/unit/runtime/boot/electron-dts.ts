/**
 * What node_modules/electron/electron.d.ts declares, read with the TypeScript compiler: for each interface
 * and class in `namespace Electron`, its members and, for methods, the parameter count of each overload
 * (inherited members included). The strict fake of Electron is checked against this, and it reads the
 * option keys BrowserWindow accepts from here, so the fake cannot invent API the real one lacks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

export interface DeclaredType {
  /** Instance members: name → parameter counts of its overloads (empty for a property). */
  members: Map<string, number[]>;
  statics: Map<string, number[]>;
  heritage: string[];
}

/** Node's EventEmitter (docs: "Class: EventEmitter"), which Electron's classes extend. */
const eventEmitter: [string, number[]][] = [
  ['on', [2]],
  ['once', [2]],
  ['off', [2]],
  ['addListener', [2]],
  ['removeListener', [2]],
  ['removeAllListeners', [0, 1]],
  ['listenerCount', [1, 2]],
];

/** Parameters before a rest parameter, as a JavaScript function's `length` counts them. */
const arity = (params: ts.NodeArray<ts.ParameterDeclaration>): number =>
  params.filter((p) => p.dotDotDotToken === undefined).length;

let cached: Map<string, DeclaredType> | null = null;

export function electronTypes(): Map<string, DeclaredType> {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve('electron/electron.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const types = new Map<string, DeclaredType>();
  const nameOf = (name: ts.PropertyName | undefined): string | null =>
    name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : null;

  function add(into: Map<string, number[]>, name: string | null, params: number | null): void {
    if (name === null) return;
    const list = into.get(name) ?? [];
    if (params !== null) list.push(params);
    into.set(name, list);
  }

  function visit(node: ts.Node): void {
    if (
      ts.isModuleDeclaration(node) &&
      node.name.text === 'Electron' &&
      node.body &&
      ts.isModuleBlock(node.body)
    ) {
      for (const statement of node.body.statements) {
        if (!ts.isInterfaceDeclaration(statement) && !ts.isClassDeclaration(statement)) continue;
        const name = statement.name?.text;
        if (!name) continue;
        const type: DeclaredType = types.get(name) ?? {
          members: new Map(),
          statics: new Map(),
          heritage: [],
        };
        for (const clause of statement.heritageClauses ?? []) {
          for (const t of clause.types) type.heritage.push(t.expression.getText(source));
        }
        for (const member of statement.members) {
          const isStatic =
            ts.canHaveModifiers(member) &&
            (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          const into = isStatic ? type.statics : type.members;
          if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member)) {
            add(into, nameOf(member.name), arity(member.parameters));
          } else if (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) {
            add(into, nameOf(member.name), null);
          } else if (ts.isGetAccessor(member) || ts.isSetAccessor(member)) {
            add(into, nameOf(member.name), null);
          } else if (ts.isConstructorDeclaration(member)) {
            add(type.statics, 'constructor', arity(member.parameters));
          }
        }
        types.set(name, type);
      }
      return;
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  cached = types;
  return types;
}

/** A member as declared on `typeName` or anything it extends; undefined when nowhere. */
export function declaredMember(
  typeName: string,
  member: string,
  kind: 'instance' | 'static',
): number[] | undefined {
  const types = electronTypes();
  const seen = new Set<string>();
  const walk = (name: string): number[] | undefined => {
    const bare = name.replace(/^Electron\./, '');
    if (seen.has(bare)) return undefined;
    seen.add(bare);
    if (bare === 'NodeEventEmitter' || bare === 'NodeJS.EventEmitter') {
      return kind === 'instance' ? eventEmitter.find(([n]) => n === member)?.[1] : undefined;
    }
    const type = types.get(bare);
    if (!type) return undefined;
    const own = (kind === 'instance' ? type.members : type.statics).get(member);
    if (own) return own;
    for (const parent of type.heritage) {
      const found = walk(parent);
      if (found) return found;
    }
    return undefined;
  };
  return walk(typeName);
}

/** Every option key a type (an options interface) accepts, inherited ones included. */
export function declaredKeys(typeName: string): Set<string> {
  const keys = new Set<string>();
  const walk = (name: string): void => {
    const type = electronTypes().get(name.replace(/^Electron\./, ''));
    if (!type) return;
    for (const key of type.members.keys()) keys.add(key);
    for (const parent of type.heritage) walk(parent);
  };
  walk(typeName);
  return keys;
}
