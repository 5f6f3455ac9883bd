import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Finds every text a service raises as a problem's `title` or `detail`, by reading the sources (used by
 * problem-language.spec.ts, so a problem text added without its French and Arabic fails a test). It reads
 * `new ProblemException(status, slug, title, detail, …)` and follows a title or detail that is a
 * parameter of the enclosing function (`readOnly: (detail: string) => new ProblemException(…, detail)`)
 * to the texts its callers pass (`ResourceProblems.readOnly('Only …')`).
 */

/** One text as written: literal parts, and `null` where the code puts a value. */
export interface ProblemText {
  readonly parts: readonly (string | null)[];
  /** `file:line` of the expression. */
  readonly at: string;
  /** `field`: a message of a `validation-failed` problem's field (`{ field, messages: [...] }`). */
  readonly role: 'title' | 'detail' | 'field';
}

/** An expression the scan cannot turn into text (the spec lists them, so none goes unseen). */
export interface Unresolved {
  readonly at: string;
  readonly expression: string;
}

export interface ScanResult {
  readonly texts: readonly ProblemText[];
  readonly unresolved: readonly Unresolved[];
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') files.push(...sourceFiles(full));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.spec.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      files.push(full);
    }
  }
  return files;
}

interface Forward {
  /**
   * How callers name the function: `ResourceProblems.readOnly` (a function of an object), `this.refuse`
   * (a method: called on `this` or an instance), or `notFound`.
   */
  readonly name: string;
  readonly index: number;
  readonly role: ProblemText['role'];
}

export function scanProblemTexts(roots: readonly string[]): ScanResult {
  const sources = roots
    .flatMap((root) => sourceFiles(root))
    .map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  const texts: ProblemText[] = [];
  const unresolved: Unresolved[] = [];
  const forwards: Forward[] = [];
  const at = (node: ts.Node): string => {
    const source = node.getSourceFile();
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${path.relative(process.cwd(), source.fileName)}:${line + 1}`;
  };

  /** The text shapes of an expression; a parameter of the enclosing function becomes a forward. */
  const resolve = (node: ts.Expression, role: ProblemText['role'], follow: boolean): void => {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) {
      return resolve(node.expression, role, follow);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      texts.push({ parts: [node.text], at: at(node), role });
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts: (string | null)[] = [node.head.text];
      for (const span of node.templateSpans) parts.push(null, span.literal.text);
      texts.push({ parts: parts.filter((p) => p !== ''), at: at(node), role });
      return;
    }
    if (ts.isConditionalExpression(node)) {
      resolve(node.whenTrue, role, follow);
      resolve(node.whenFalse, role, follow);
      return;
    }
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      resolve(node.left, role, follow);
      resolve(node.right, role, follow);
      return;
    }
    if (
      node.kind === ts.SyntaxKind.UndefinedKeyword ||
      (ts.isIdentifier(node) && node.text === 'undefined')
    ) {
      return;
    }
    if (ts.isIdentifier(node) && follow) {
      const forward = parameterForward(node, role);
      if (forward) {
        forwards.push(forward);
        return;
      }
    }
    // A function of the sources that answers the text: what it returns.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const fn = functions.get(node.expression.text);
      if (fn?.body && !answering.has(fn)) {
        answering.add(fn);
        const returns: ts.Expression[] = [];
        const find = (n: ts.Node): void => {
          if (ts.isReturnStatement(n) && n.expression) returns.push(n.expression);
          if (!ts.isFunctionLike(n)) ts.forEachChild(n, find);
        };
        ts.forEachChild(fn.body, find);
        for (const value of returns) resolve(value, role, false);
        answering.delete(fn);
        if (returns.length > 0) return;
      }
    }
    // A value read from a result (`const { refusal } = check(…)`, `resolved.refusal`): the texts the
    // code assigns to a property of that name (`{ refusal: 'The URL …' }`).
    // A field message held in a variable was written elsewhere (its own field message, or the guard's).
    if (role === 'field' && (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node))) return;
    const property = ts.isIdentifier(node)
      ? node.text
      : ts.isPropertyAccessExpression(node)
        ? node.name.text
        : undefined;
    const assigned = property && !reading.has(property) ? (assignments.get(property) ?? []) : [];
    if (assigned.length > 0) {
      reading.add(property!);
      for (const value of assigned) resolve(value, role, false);
      reading.delete(property!);
      return;
    }
    // A field message computed otherwise is the input guard's or class-validator's: it carries its fault.
    if (role === 'field') return;
    unresolved.push({ at: at(node), expression: node.getText() });
  };

  /** A parameter of the enclosing function, as callers name that function. */
  const parameterForward = (node: ts.Identifier, role: ProblemText['role']): Forward | undefined => {
    let fn: ts.Node | undefined = node.parent;
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    if (!fn || !ts.isFunctionLike(fn)) return undefined;
    const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === node.text);
    if (index < 0) return undefined;
    const name = functionName(fn);
    return name ? { name, index, role } : undefined;
  };

  const functionName = (fn: ts.SignatureDeclaration): string | undefined => {
    if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name.text;
    if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name)) {
      const owner = fn.parent;
      if (ts.isClassLike(owner)) return `this.${fn.name.text}`;
      const ownerName = ts.isObjectLiteralExpression(owner) ? objectName(owner) : undefined;
      return ownerName ? `${ownerName}.${fn.name.text}` : fn.name.text;
    }
    const holder = fn.parent;
    if (holder && ts.isPropertyAssignment(holder) && ts.isIdentifier(holder.name)) {
      const owner = objectName(holder.parent);
      return owner ? `${owner}.${holder.name.text}` : holder.name.text;
    }
    if (holder && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) return holder.name.text;
    return undefined;
  };

  const objectName = (object: ts.ObjectLiteralExpression): string | undefined => {
    let parent: ts.Node = object.parent;
    while (
      ts.isAsExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isParenthesizedExpression(parent)
    ) {
      parent = parent.parent;
    }
    return ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
  };

  const calleeName = (callee: ts.Expression): string | undefined => {
    if (ts.isIdentifier(callee)) return callee.text;
    if (ts.isPropertyAccessExpression(callee)) {
      const owner = ts.isIdentifier(callee.expression)
        ? callee.expression.text
        : callee.expression.kind === ts.SyntaxKind.ThisKeyword
          ? 'this'
          : undefined;
      // `this.access.manage(…)`: a method of some instance.
      return `${owner ?? '?'}.${callee.name.text}`;
    }
    return undefined;
  };

  /** A `super(…)` call in a class that extends ProblemException directly (ValidationProblem's is its own). */
  const extendsProblem = (node: ts.Node): boolean => {
    let owner: ts.Node | undefined = node.parent;
    while (owner && !ts.isClassLike(owner)) owner = owner.parent;
    return (
      !!owner &&
      ts.isClassLike(owner) &&
      (owner.heritageClauses ?? []).some((h) =>
        h.types.some(
          (type) => ts.isIdentifier(type.expression) && type.expression.text === 'ProblemException',
        ),
      ) &&
      owner.name?.text !== 'ValidationProblem'
    );
  };
  const calls: ts.CallExpression[] = [];
  const assignments = new Map<string, ts.Expression[]>();
  const functions = new Map<string, ts.FunctionDeclaration>();
  /** Functions whose answers are being resolved (one that calls itself is read once). */
  const answering = new Set<ts.FunctionDeclaration>();
  /** Property names whose assigned values are being resolved (`message: message ?? …` is read once). */
  const reading = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name) functions.set(node.name.text, node);
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      assignments.set(node.name.text, [...(assignments.get(node.name.text) ?? []), node.initializer]);
    }
    ts.forEachChild(node, collect);
  };
  for (const source of sources) collect(source);
  const visit = (node: ts.Node): void => {
    if (
      (ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'ProblemException') ||
      (ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.SuperKeyword &&
        extendsProblem(node))
    ) {
      const [, , title, detail] = node.arguments ?? [];
      if (title) resolve(title, 'title', true);
      if (detail) resolve(detail, 'detail', true);
    }
    // A field message written by hand: `{ field: …, messages: ['…', `…${value}`] }`.
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'messages' &&
      ts.isArrayLiteralExpression(node.initializer) &&
      ts.isObjectLiteralExpression(node.parent) &&
      node.parent.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'field')
    ) {
      for (const element of node.initializer.elements) resolve(element, 'field', true);
    }
    if (ts.isCallExpression(node)) calls.push(node);
    ts.forEachChild(node, visit);
  };
  for (const source of sources) visit(source);

  // Follow forwards to their callers, and on (a caller may forward its own parameter in turn).
  const done = new Set<string>();
  while (forwards.length > 0) {
    const forward = forwards.pop()!;
    const key = `${forward.name}#${forward.index}#${forward.role}`;
    if (done.has(key)) continue;
    done.add(key);
    const short = forward.name.split('.').pop()!;
    let callers = 0;
    for (const call of calls) {
      const name = calleeName(call.expression);
      if (!name) continue;
      // A method is called on `this` or on an instance: any `x.method(…)`.
      const matches = forward.name.startsWith('this.') ? name.endsWith(`.${short}`) : name === forward.name;
      if (!matches) continue;
      callers++;
      const arg = call.arguments[forward.index];
      if (arg) resolve(arg, forward.role, true);
    }
    if (callers === 0)
      unresolved.push({ at: forward.name, expression: `no caller passes its ${forward.role}` });
  }
  return { texts, unresolved };
}

/** A sample of a text, with `value` where the code puts a value. */
export function sampleOf(text: ProblemText, value: (i: number) => string): string {
  let i = 0;
  return text.parts.map((p) => (p === null ? value(i++) : p)).join('');
}
