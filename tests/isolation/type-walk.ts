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
    const propertyType = checker.getTypeOfSymbol(property);
    // A flag (`hasPassword`) says something about a secret without carrying it.
    const flag = checker.getNonNullableType(propertyType).flags & ts.TypeFlags.BooleanLike;
    const own = SECRET_FIELD.test(property.name) && !flag ? [where] : [];
    return [...own, ...secretPaths(checker, propertyType, where, seen)];
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

/** `a ? b : c`, `a ?? b`, `a || b` are typed as reduced unions too: look at each side. */
function alternatives(node: ts.Expression): ts.Expression[] {
  const inner = unwrap(node);
  if (ts.isConditionalExpression(inner)) return [...alternatives(inner.whenTrue), ...alternatives(inner.whenFalse)];
  if (
    ts.isBinaryExpression(inner) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(inner.operatorToken.kind)
  ) {
    return [...alternatives(inner.left), ...alternatives(inner.right)];
  }
  return [node];
}

/** The `return`s of a function itself (not of functions nested in it), or its expression body. */
function ownReturns(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) out.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return out;
}

/**
 * The types of everything `fn` can give back, one per `return` (and per branch of a
 * conditional), promises unwrapped. TypeScript's inferred return type is no substitute:
 * it reduces `row | rowWithUser` to `row`, hiding the extra fields of an early `return`.
 * What a returned call gives back is followed too: into callbacks passed to it (a
 * transaction's `tx => …`, a `.then`, a `.map`) and into functions of `ours(file)` it
 * calls. A callback whose result stays in a local variable is not a result.
 */
export function returnedTypes(
  checker: ts.TypeChecker,
  fn: ts.FunctionLikeDeclaration,
  ours: (fileName: string) => boolean,
  seen = new Set<ts.Node>(),
): { at: string; type: ts.Type }[] {
  if (seen.has(fn)) return [];
  seen.add(fn);
  const out: { at: string; type: ts.Type }[] = [];
  const follow = (expression: ts.Expression) => {
    for (const alternative of alternatives(expression)) {
      const source = alternative.getSourceFile();
      const line = source.getLineAndCharacterOfPosition(alternative.getStart()).line + 1;
      const type = checker.getTypeAtLocation(alternative);
      out.push({ at: `${path.basename(source.fileName)}:${line}`, type: checker.getAwaitedType(type) ?? type });
      const inner = unwrap(alternative);
      if (!ts.isCallExpression(inner)) continue;
      for (const argument of inner.arguments) {
        if (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)) out.push(...returnedTypes(checker, argument, ours, seen));
      }
      if (ts.isPropertyAccessExpression(inner.expression) && ts.isCallExpression(unwrap(inner.expression.expression))) {
        follow(inner.expression.expression);
      }
      const callee = functionOf(checker, checker.getSymbolAtLocation(inner.expression));
      if (callee && ours(callee.getSourceFile().fileName)) out.push(...returnedTypes(checker, callee, ours, seen));
    }
  };
  for (const expression of ownReturns(fn)) follow(expression);
  return out;
}
