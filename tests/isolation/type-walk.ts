/**
 * Type-level checks over the project with TypeScript's own checker: what the functions
 * that pages, routes and actions call can return, on every path through the code, so an
 * early `return row` that still carries a login's password hash shows up even when no test
 * takes that path.
 */
import path from "node:path";
import ts from "typescript";
import { SECRET_FIELD } from "@/lib/http/secret-fields";

/** A program over `rootNames` with the project's compiler options (paths, strictness). */
export function projectProgram(root: string, rootNames: string[]): ts.Program {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram({ rootNames, options: { ...parsed.options, noEmit: true, incremental: false } });
}

const OPAQUE =
  ts.TypeFlags.Any |
  ts.TypeFlags.Unknown |
  ts.TypeFlags.Never |
  ts.TypeFlags.Void |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.TypeParameter;

const STRUCTURAL = ts.ObjectFlags.Mapped | ts.ObjectFlags.Anonymous | ts.ObjectFlags.ReverseMapped;

/**
 * Interfaces and classes declared outside the project (Date, Map, Decimal…) are not ours
 * to walk. Mapped and anonymous types are, wherever declared: Prisma's query results
 * (`GetResult<…>`) and `Pick<…>` are mapped types from node_modules over our models.
 */
function isForeign(type: ts.Type): boolean {
  if (type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & STRUCTURAL) return false;
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((d) => d.getSourceFile().fileName.includes("/node_modules/"));
}

/**
 * The paths (`rows[].user.passwordHash`) of every property in `type` whose name looks like
 * a secret, following objects, arrays, tuples, unions and promises.
 */
export function secretPaths(checker: ts.TypeChecker, type: ts.Type, at = "", seen = new Set<ts.Type>()): string[] {
  if (seen.has(type) || at.split(".").length > 10) return [];
  seen.add(type);
  if (type.flags & OPAQUE) return [];
  if (type.isUnionOrIntersection()) return type.types.flatMap((member) => secretPaths(checker, member, at, seen));
  const awaited = checker.getAwaitedType(type);
  if (awaited && awaited !== type) return secretPaths(checker, awaited, at, seen);
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    return checker.getTypeArguments(type as ts.TypeReference).flatMap((element) => secretPaths(checker, element, `${at}[]`, seen));
  }
  if (isForeign(type) || type.getCallSignatures().length > 0) return [];
  return checker.getPropertiesOfType(type).flatMap((property) => {
    const where = at ? `${at}.${property.name}` : property.name;
    const own = SECRET_FIELD.test(property.name) ? [where] : [];
    return [...own, ...secretPaths(checker, checker.getTypeOfSymbol(property), where, seen)];
  });
}

/** The function a symbol names, if it is one with a body (declaration or `const f = () => …`). */
export function functionOf(checker: ts.TypeChecker, symbol: ts.Symbol | undefined): ts.FunctionLikeDeclaration | null {
  if (!symbol) return null;
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  for (const declaration of target.getDeclarations() ?? []) {
    if (ts.isFunctionDeclaration(declaration) && declaration.body) return declaration;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const init = declaration.initializer;
      if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && init.body) return init;
    }
  }
  return null;
}

const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)
    ? unwrap(node.expression)
    : node;

/**
 * The types of everything `fn` can return, one per `return` (and per expression-bodied
 * arrow inside it, e.g. a transaction callback), promises unwrapped. TypeScript's inferred
 * return type is no substitute: it reduces `row | rowWithUser` to `row`, hiding the extra
 * fields of an early `return`. Calls returned directly into functions of `ours(file)` are
 * followed, so a helper's own early returns count too.
 */
export function returnedTypes(
  checker: ts.TypeChecker,
  fn: ts.FunctionLikeDeclaration,
  ours: (fileName: string) => boolean,
  seen = new Set<ts.Node>(),
): { at: string; type: ts.Type }[] {
  if (seen.has(fn) || !fn.body) return [];
  seen.add(fn);
  const expressions: ts.Expression[] = [];
  if (!ts.isBlock(fn.body)) expressions.push(fn.body);
  const visit = (node: ts.Node) => {
    if (ts.isReturnStatement(node) && node.expression) expressions.push(node.expression);
    if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) expressions.push(node.body);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return expressions.flatMap((expression) => {
    const source = expression.getSourceFile();
    const line = source.getLineAndCharacterOfPosition(expression.getStart()).line + 1;
    const type = checker.getTypeAtLocation(expression);
    const own = { at: `${path.basename(source.fileName)}:${line}`, type: checker.getAwaitedType(type) ?? type };
    const inner = unwrap(expression);
    const callee = ts.isCallExpression(inner) ? functionOf(checker, checker.getSymbolAtLocation(inner.expression)) : null;
    const followed = callee && ours(callee.getSourceFile().fileName) ? returnedTypes(checker, callee, ours, seen) : [];
    return [own, ...followed];
  });
}
