#!/usr/bin/env node
import { createRequire as __qpaRequire } from 'module';__qpaRequire(import.meta.url)('./sourcemap-register.cjs');import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(5402);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(5407);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(5407);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5407:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(5402);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(5402);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 5402:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(9210);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ ApiKeyRefusedError),
/* harmony export */   Av: () => (/* binding */ CatalogUnreachableError),
/* harmony export */   _: () => (/* binding */ CatalogSignInError),
/* harmony export */   af: () => (/* binding */ NotACatalogError),
/* harmony export */   signInWithApiKey: () => (/* binding */ signInWithApiKey)
/* harmony export */ });
/* unused harmony export fetchCatalogConfig */
/* harmony import */ var _quilt_concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7182);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1738);


/** A failed sign-in through a catalog; the subclass says whose fault it is (errors.ts). */
class CatalogSignInError extends Error {
}
/** The registry refused the API key (401, 403). */
class ApiKeyRefusedError extends CatalogSignInError {
    name = 'ApiKeyRefusedError';
}
/** The `catalog` is no Quilt catalog: no config.json, or one that is not a catalog's. */
class NotACatalogError extends CatalogSignInError {
    name = 'NotACatalogError';
}
/** The catalog or its registry could not be reached, or kept failing (5xx), after retries. */
class CatalogUnreachableError extends CatalogSignInError {
    name = 'CatalogUnreachableError';
}
/** The SDK's rule (`EXPIRATION_MS` of @smithy/core): credentials this close to expiry are stale. */
const STALE_MS = 300_000;
/** An answer that another attempt may change: 429 or 5xx. */
class RetryableStatus extends Error {
    status;
    constructor(status) {
        super(`HTTP ${status}`);
        this.status = status;
    }
}
/** Why a request failed without an answer: the network error's code, or a timeout. */
function networkFailure(e) {
    if (e instanceof RetryableStatus)
        return `answered HTTP ${e.status}`;
    const name = e?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return 'did not answer in time';
    const cause = e?.cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    return `could not be reached${code ? ` (${code})` : ''}`;
}
/** GET `url` with jittered retries for network failures, 429 and 5xx. */
async function get(url, headers, label, deps) {
    const f = deps.fetch ?? fetch;
    const attempts = deps.attempts ?? 5;
    try {
        return await (0,_quilt_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)(async () => {
            const r = await f(url, {
                headers,
                // A redirect is not followed: the key goes where config.json said, nowhere else.
                redirect: 'manual',
                signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000)
            });
            const text = await r.text();
            if (r.status === 429 || r.status >= 500)
                throw new RetryableStatus(r.status);
            return { status: r.status, text };
        }, {
            attempts,
            baseMs: 250,
            maxMs: 4000,
            sleep: deps.sleep,
            onRetry: (n, e) => deps.info(`${label}: attempt ${n} failed (${networkFailure(e)}); retrying`)
        });
    }
    catch (e) {
        throw new CatalogUnreachableError(`GET ${url} ${networkFailure(e)}, ${attempts} times. Check the 'catalog' input and that the catalog is up and reachable from this runner.`);
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `registryUrl` checked: http(s), https unless on this machine; without a trailing `/`. */
function registryUrlOf(value, configUrl) {
    const refuse = (why) => {
        throw new NotACatalogError(`Input 'catalog': ${configUrl} is not the config of a Quilt catalog: ${why}. Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`);
    };
    if (typeof value !== 'string' || value.trim() === '')
        return refuse('it has no registryUrl');
    let u;
    try {
        u = new URL(value);
    }
    catch {
        return refuse(`its registryUrl '${value}' is not a URL`);
    }
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(u.hostname))) {
        return refuse(`its registryUrl '${value}' is not an https:// URL (the API key is sent over https only)`);
    }
    return value.replace(/\/+$/, '');
}
/** config.json of `catalogUrl` (quilt3 `configure_from_url`): registryUrl, region, crc64Checksums. */
async function fetchCatalogConfig(catalogUrl, deps) {
    const url = `${catalogUrl.replace(/\/+$/, '')}/config.json`;
    const r = await get(url, { Accept: 'application/json' }, 'Reading the catalog config', deps);
    if (r.status !== 200) {
        throw new NotACatalogError(`Input 'catalog': GET ${url} answered HTTP ${r.status}${r.status === 404 ? ' (no config.json there)' : ''}: is ${catalogUrl} a Quilt catalog? Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`);
    }
    const config = parseJson(r.text);
    if (!isObject(config)) {
        throw new NotACatalogError(`Input 'catalog': ${url} is not the config of a Quilt catalog (its answer is not a JSON object). Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`);
    }
    const region = typeof config.region === 'string' && config.region !== '' ? config.region : undefined;
    return {
        catalogUrl,
        registryUrl: registryUrlOf(config.registryUrl, url),
        region,
        crc64Checksums: config.crc64Checksums === true
    };
}
/** The credentials of a get_credentials answer, checked. */
function credentialsOf(text, url) {
    const c = parseJson(text);
    const field = (name) => isObject(c) && typeof c[name] === 'string' && c[name] !== '' ? c[name] : undefined;
    const accessKeyId = field('AccessKeyId');
    const secretAccessKey = field('SecretAccessKey');
    const sessionToken = field('SessionToken');
    const expirationText = field('Expiration');
    const expiration = expirationText === undefined ? NaN : Date.parse(expirationText);
    if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration)) {
        const missing = [
            ['AccessKeyId', accessKeyId],
            ['SecretAccessKey', secretAccessKey],
            ['SessionToken', sessionToken],
            ['Expiration (a date)', Number.isNaN(expiration) ? undefined : 'ok']
        ]
            .filter(([, v]) => v === undefined)
            .map(([k]) => k);
        throw new NotACatalogError(`Input 'catalog': GET ${url} did not answer with AWS credentials (${isObject(c) ? `no ${missing.join(', ')}` : 'not a JSON object'}; the answer is not shown). Is the catalog's registryUrl a Quilt registry?`);
    }
    return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiration) };
}
/** One get_credentials request with the key (quilt3 `_refresh_credentials`). */
async function fetchCredentials(config, apiKey, deps) {
    const url = `${config.registryUrl}/api/auth/get_credentials`;
    const r = await get(url, { Accept: 'application/json', Authorization: `Bearer ${apiKey}` }, 'Getting credentials from the Quilt catalog', deps);
    if (r.status === 401 || r.status === 403) {
        throw new ApiKeyRefusedError(`Input 'quilt-api-key': the Quilt catalog ${config.catalogUrl} refused the API key (GET ${url} answered HTTP ${r.status}). Check that the key belongs to this catalog, that it has not expired or been revoked, and that the secret holds the whole key.`);
    }
    if (r.status !== 200) {
        throw new NotACatalogError(`Input 'catalog': GET ${url} answered HTTP ${r.status} (the answer is not shown): does the catalog ${config.catalogUrl} support API keys?`);
    }
    const c = credentialsOf(r.text, url);
    deps.mask(c.accessKeyId);
    deps.mask(c.secretAccessKey);
    deps.mask(c.sessionToken);
    return c;
}
/**
 * Sign in through `catalogUrl` with `apiKey`: its config.json is read and the first credentials
 * are fetched now, so that a wrong catalog or key fails before any work. The provider returned
 * hands those out first, then asks the registry again each time the SDK calls it (when the
 * credentials are within 5 minutes of their expiry).
 */
async function signInWithApiKey(catalogUrl, apiKey, deps) {
    deps.mask(apiKey);
    const config = await fetchCatalogConfig(catalogUrl, deps);
    let first = await fetchCredentials(config, apiKey, deps);
    deps.info(`Signed in through the Quilt catalog ${catalogUrl} with an API key (registry ${config.registryUrl}, credentials until ${first.expiration.toISOString()})`);
    const credentials = async () => {
        const fresh = first;
        first = undefined;
        if (fresh && fresh.expiration.getTime() - Date.now() > STALE_MS)
            return fresh;
        const c = await fetchCredentials(config, apiKey, deps);
        deps.info(`Refreshed the credentials from the Quilt catalog ${catalogUrl} (until ${c.expiration.toISOString()})`);
        return c;
    };
    return { config, credentials };
}


/***/ }),

/***/ 1738:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* binding */ InputError),
  gk: () => (/* binding */ NO_WORKFLOW),
  cW: () => (/* binding */ isLoopbackHost),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: DurationError, MODES, SESSION_NAME_RE, defaultOf, parseBoolean, parseDuration, parseMetaInput

// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var quilt_concurrency = __nccwpck_require__(7182);
// EXTERNAL MODULE: ./src/action/metadata.ts
var metadata = __nccwpck_require__(1705);
// EXTERNAL MODULE: ./src/quilt/py/json.ts
var json = __nccwpck_require__(5063);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __nccwpck_require__(2378);
// EXTERNAL MODULE: ./src/quilt/py/url.ts
var url = __nccwpck_require__(6732);
// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __nccwpck_require__(5397);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
;// CONCATENATED MODULE: ./src/quilt/registry/location.ts
/**
 * Where a registry is, read from the text a user gives (quilt3's rules): quilt3's default local
 * registry, a local folder (path or `file://` URL), or an S3 bucket (`s3://bucket`, nothing after).
 * Parsed once; the registry objects are made from it.
 */



/** quilt3's refusal of a registry URL that is not exactly `s3://bucket`. */
function parseS3RegistryUrl(url) {
    const pk = names/* PhysicalKey */.ll.fromUrl(url);
    if (pk.isLocal())
        throw new errors/* QuiltError */.YH(`Not an S3 registry: ${url}`);
    if (pk.path !== '') {
        throw new errors/* QuiltError */.YH(`The 'registry' argument expects an S3 bucket but the S3 object path ${(0,repr/* pyRepr */.n)(url)} was provided instead. ` +
            `You probably wanted to set 'registry' to ${(0,repr/* pyRepr */.n)('s3://' + pk.bucket)} instead. ` +
            `To specify that package data land in a specific directory use 'dest'.`);
    }
    return pk.bucket;
}
/** The registry a text names; '' is quilt3's default local registry. Throws `QuiltError`. */
function parseRegistryLocation(text) {
    if (text === '')
        return { kind: 'default' };
    if (/^s3:\/\//i.test(text))
        return { kind: 's3', bucket: parseS3RegistryUrl(text) };
    const folder = (0,names/* resolveLocalLocation */.V2)(text);
    if (folder === null)
        throw new errors/* QuiltError */.YH(`Not a registry location: ${text}`);
    return { kind: 'local', folder };
}
/** How a location is shown to people: a folder, `s3://bucket`, or quilt3's default. */
function displayLocation(location) {
    switch (location.kind) {
        case 'default':
            return "quilt3's default local registry";
        case 'local':
            return location.folder;
        case 's3':
            return `s3://${location.bucket}`;
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Every input parsed and validated once, before any work or network call, into one typed
 * request. The action reads inputs from `INPUT_*` (through `@actions/core`), the command line from
 * flags; both pass a reader here, so both get the same checks and the same messages.
 */








/** An input that is missing or wrong; the message names the input and says what to fix. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}
const MODES = ['build', 'push', 'delete'];
/** Which modes use which input (inputs not listed are used by every mode). */
const USED_BY = {
    path: ['build', 'push'],
    workflow: ['build', 'push'],
    message: ['build', 'push'],
    meta: ['build', 'push'],
    checksum: ['build', 'push'],
    dest: ['push'],
    force: ['push'],
    dedupe: ['push'],
    'top-hash': ['delete'],
    'keep-last': ['delete'],
    'older-than': ['delete']
};
/** An input's default, as action.yml states it ('' when none): the one place defaults live. */
function defaultOf(name) {
    return (0,metadata/* actionMetadata */.Sp)().inputs[name]?.default ?? '';
}
/** An input's value when it differs from its action.yml default, else undefined. */
function given(read, name) {
    const v = read(name).trim();
    return v === '' || v === defaultOf(name) ? undefined : v;
}
/** Inputs of later versions: declared in action.yml, refused until they work (no silent no-op). */
const NOT_YET = {};
/** STS's rule for session names: 2 to 64 of `[\w+=,.@-]`. */
const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/;
/** The `workflow` input's value that means "no workflow" (ids cannot contain parentheses). */
const NO_WORKFLOW = '(none)';
/** The units of a short duration, case-sensitive: `M` could be months, `D` is not `d`. */
const UNIT_SECONDS = {
    w: 604800,
    d: 86400,
    h: 3600,
    m: 60,
    min: 60,
    s: 1
};
/** Order of the short units: each at most once, largest first (`1d12h`, not `12h1d`). */
const UNIT_RANK = { w: 0, d: 1, h: 2, m: 3, min: 3, s: 4 };
/** A duration that cannot be read; the message says why and what to write instead. */
class DurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DurationError';
    }
}
const CALENDAR = 'months and years vary in length, so a retention written with them cannot be read one way only; give days or weeks instead (e.g. 30d, 26w, 365d)';
/** Why a unit of a short duration is refused. */
function badUnit(unit) {
    if (unit === 'M') {
        return `'M' is not a unit: it could mean minutes or months. Write 'm' or 'min' for minutes; ${CALENDAR}`;
    }
    if (/^(y|yr|yrs|year|years|mo|mon|month|months)$/i.test(unit)) {
        return `'${unit}' (months or years) is not accepted: ${CALENDAR}`;
    }
    const lower = unit.toLowerCase();
    if (Object.hasOwn(UNIT_SECONDS, lower))
        return `units are case-sensitive: write '${lower}', not '${unit}'`;
    return `'${unit}' is not a unit (use s, m or min, h, d, w)`;
}
/** ISO 8601: `P[nY][nM][nW][nD][T[nH][nM][nS]]`, upper case; months and years refused. */
function parseIsoDuration(t) {
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(t);
    if (!m || t === 'P') {
        throw new DurationError(/^p/i.test(t) && t !== t.toUpperCase()
            ? 'ISO 8601 durations are written in upper case (e.g. P90D, PT12H)'
            : 'not an ISO 8601 duration (e.g. P90D, P2W, PT12H, P1DT12H)');
    }
    const [, years, months, w, d, h, min, sec] = m;
    if (years !== undefined || months !== undefined) {
        throw new DurationError(`${t} has ${years !== undefined ? 'years (Y)' : 'months (M before T)'}: ${CALENDAR}; for minutes write PT${months ?? years}M`);
    }
    return (Number(w ?? 0) * UNIT_SECONDS.w +
        Number(d ?? 0) * UNIT_SECONDS.d +
        Number(h ?? 0) * UNIT_SECONDS.h +
        Number(min ?? 0) * UNIT_SECONDS.m +
        Number(sec ?? 0));
}
/**
 * A duration in seconds: `90d`, `12h`, `30m` or `30min`, `45s`, `2w`, combined largest first
 * (`1d12h`); or ISO 8601 (`P90D`, `PT12H`, `P1DT2H30M`, `P2W`). Units are case-sensitive, and
 * months and years are refused (`1M` must never be read as one minute, nor `6M` as six months of
 * uncertain length). Throws `DurationError` saying why a text is refused.
 */
function parseDuration(text) {
    const t = text.trim();
    if (t === '')
        throw new DurationError('empty');
    if (/^[Pp]/.test(t))
        return parseIsoDuration(t);
    const tokens = [...t.matchAll(/(\d+)([A-Za-z]+)/gy)];
    if (tokens.map((k) => k[0]).join('') !== t) {
        throw new DurationError(/^\d+$/.test(t)
            ? 'a number needs a unit (s, m or min, h, d, w), e.g. 90d'
            : 'write whole numbers with units, largest first, e.g. 90d, 12h, 1d12h, 30min');
    }
    let seconds = 0;
    let rank = -1;
    for (const [, n, unit] of tokens) {
        if (!Object.hasOwn(UNIT_SECONDS, unit))
            throw new DurationError(badUnit(unit));
        if (UNIT_RANK[unit] <= rank) {
            throw new DurationError('each unit at most once, largest first (e.g. 1d12h, not 12h1d)');
        }
        rank = UNIT_RANK[unit];
        seconds += Number(n) * UNIT_SECONDS[unit];
    }
    return seconds;
}
function required(read, name, what) {
    const v = read(name).trim();
    if (v === '')
        throw new InputError(name, `Input '${name}' is required: ${what}.`);
    return v;
}
/** YAML 1.2 core booleans only, like `core.getBooleanInput`; anything else is an error. */
function parseBoolean(read, name) {
    const v = read(name).trim() || defaultOf(name);
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new InputError(name, `Input '${name}' must be true or false, got '${v}'.`);
}
/** Parse the `meta` input: JSON text read the way Python's `json.loads` reads it. */
function parseMetaInput(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return (0,json/* parsePyJson */.j5)(text);
    }
    catch (e) {
        if (e instanceof json/* JsonSyntaxError */.q3) {
            throw new InputError('meta', `Input 'meta' is not valid JSON: ${e.reason} at line ${e.line}, column ${e.column}.`);
        }
        throw e;
    }
}
function parseWorkflow(read) {
    const v = read('workflow').trim();
    if (v === '')
        return { kind: 'default' };
    if (v === NO_WORKFLOW)
        return { kind: 'none' };
    if (!/^[A-Za-z_-][A-Za-z0-9_-]*$/.test(v) || v.length > 64) {
        throw new InputError('workflow', `Input 'workflow' must be a workflow id of the registry's config (letters, digits, '_' and '-'), or ${NO_WORKFLOW} for none; got '${v}'.`);
    }
    return { kind: 'id', id: v };
}
function parseConcurrency(text) {
    const v = text.trim();
    if (v === '')
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) {
        throw new InputError('concurrency', `Input 'concurrency' must be a whole number from 1 to 256, got '${v}'.`);
    }
    return Number(v);
}
function optional(read, name) {
    const v = read(name).trim();
    return v === '' ? undefined : v;
}
function parseRegion(read) {
    const v = optional(read, 'aws-region');
    if (v !== undefined && !/^[a-z]{2}(-[a-z0-9]+)+-\d+$/.test(v)) {
        throw new InputError('aws-region', `Input 'aws-region' is not an AWS region: '${v}' (e.g. us-east-1).`);
    }
    return v;
}
function parseEndpoint(read) {
    const v = optional(read, 'endpoint-url');
    if (v === undefined)
        return undefined;
    let ok = false;
    try {
        const u = new URL(v);
        ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    }
    catch {
        ok = false;
    }
    if (!ok) {
        throw new InputError('endpoint-url', `Input 'endpoint-url' must be an http:// or https:// URL of an S3-compatible endpoint, got '${v}'.`);
    }
    return v;
}
function scheme(value) {
    return /^[A-Za-z]:[\\/]/.test(value) ? '' : (0,url/* pyUrlSplit */.nz)(value).scheme;
}
function checkLocation(input, value, allowed, what) {
    const s = scheme(value);
    if (!allowed.includes(s)) {
        throw new InputError(input, `Input '${input}' must be ${what}; got '${value}'.`);
    }
}
/** STS's rule for an external id: 2 to 1224 of `[\w+=,.@:/-]`. */
const EXTERNAL_ID_RE = /^[\w+=,.@:/-]{2,1224}$/;
/** role-chaining and role-external-id, checked against each other and role-to-assume. */
function parseChaining(read, role) {
    const roleChaining = parseBoolean(read, 'role-chaining');
    if (roleChaining && role === undefined) {
        throw new InputError('role-to-assume', "Input 'role-to-assume' is required with 'role-chaining: true': the ARN of the role to assume with the job's AWS credentials.");
    }
    const externalId = optional(read, 'role-external-id');
    if (externalId !== undefined && !roleChaining) {
        throw new InputError('role-external-id', "Input 'role-external-id' is only used with 'role-chaining: true': GitHub OIDC signs in with STS's AssumeRoleWithWebIdentity, which has no external id. Set role-chaining: true to assume the role with the job's AWS credentials (AssumeRole), or remove role-external-id.");
    }
    if (externalId !== undefined && !EXTERNAL_ID_RE.test(externalId)) {
        throw new InputError('role-external-id', "Input 'role-external-id' must be 2 to 1224 letters, digits or +=,.@:/_- characters.");
    }
    if (roleChaining && given(read, 'audience') !== undefined) {
        throw new InputError('audience', "Input 'audience' is only used with GitHub OIDC; with 'role-chaining: true' the role is assumed with the job's AWS credentials. Remove it.");
    }
    return { roleChaining, externalId };
}
function parseAuth(read) {
    const role = optional(read, 'role-to-assume');
    if (role !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role)) {
        throw new InputError('role-to-assume', `Input 'role-to-assume' must be an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${role}'.`);
    }
    const chaining = parseChaining(read, role);
    const skipSessionTagging = parseBoolean(read, 'role-skip-session-tagging');
    const sessionName = optional(read, 'role-session-name');
    if (sessionName !== undefined && !SESSION_NAME_RE.test(sessionName)) {
        throw new InputError('role-session-name', `Input 'role-session-name' must be 2 to 64 letters, digits or +=,.@_- characters, got '${sessionName}'.`);
    }
    const durationText = optional(read, 'role-duration-seconds') ?? defaultOf('role-duration-seconds');
    const duration = /^\d+$/.test(durationText) ? Number(durationText) : NaN;
    if (!(duration >= 900 && duration <= 43200)) {
        throw new InputError('role-duration-seconds', `Input 'role-duration-seconds' must be a whole number of seconds from 900 to 43200, got '${durationText}'.`);
    }
    const audience = optional(read, 'audience') ?? defaultOf('audience');
    // Inputs that only mean something with a role are refused without one.
    const roleOnly = [
        ...['audience', 'role-session-name', 'role-duration-seconds'].map((input) => [input, given(read, input) !== undefined]),
        ['role-skip-session-tagging', skipSessionTagging]
    ];
    for (const [input, set] of roleOnly) {
        if (set && role === undefined) {
            throw new InputError(input, `Input '${input}' is only used with 'role-to-assume'; set the role or remove it.`);
        }
    }
    return {
        roleToAssume: role,
        audience,
        sessionName,
        durationSeconds: duration,
        ...chaining,
        skipSessionTagging
    };
}
/** 127.0.0.0/8, ::1 and localhost: the only hosts a catalog may be reached over http:// on. */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase();
    return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
function parseCatalog(read) {
    const v = optional(read, 'catalog');
    if (v === undefined)
        return undefined;
    const withScheme = /^[a-z]+:\/\//i.test(v) ? v : `https://${v}`;
    let u;
    try {
        u = new URL(withScheme);
    }
    catch {
        throw new InputError('catalog', `Input 'catalog' must be the catalog's host or URL (e.g. catalog.example.com), got '${v}'.`);
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.search || u.hash) {
        throw new InputError('catalog', `Input 'catalog' must be the catalog's host or https:// URL, got '${v}'.`);
    }
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
}
/**
 * `quilt-api-key`: a key of the catalog (quilt3 `login_with_api_key` wants the `qk_` prefix),
 * with `catalog` and without a role. Its value is never shown in a message.
 */
function parseApiKey(read, catalog, role) {
    const key = optional(read, 'quilt-api-key');
    if (key === undefined)
        return undefined;
    if (!/^qk_\S+$/.test(key)) {
        throw new InputError('quilt-api-key', "Input 'quilt-api-key' must be a Quilt catalog API key, which starts with qk_ and has no spaces (its value is not shown). Pass the whole key, e.g. ${{ secrets.QUILT_API_KEY }}.");
    }
    if (role !== undefined) {
        throw new InputError('quilt-api-key', "Inputs 'quilt-api-key' and 'role-to-assume' cannot be used together: the API key signs in through the Quilt catalog, which hands out its own AWS credentials. Remove one of them.");
    }
    if (catalog === undefined) {
        throw new InputError('catalog', "Input 'catalog' is required with 'quilt-api-key': the Quilt catalog that issued the key (e.g. catalog.example.com).");
    }
    const u = new URL(catalog);
    if (u.protocol !== 'https:' && !isLoopbackHost(u.hostname)) {
        // A link may be http://; a sign-in may not: the key would travel in clear text.
        throw new InputError('catalog', `Input 'catalog' must be an https:// address to sign in with 'quilt-api-key' (the key must not travel in clear text; http:// only for localhost or 127.0.0.1), got '${catalog}'.`);
    }
    return { key, catalog };
}
function parseOlderThan(text) {
    try {
        return parseDuration(text);
    }
    catch (e) {
        if (!(e instanceof DurationError))
            throw e;
        throw new InputError('older-than', `Input 'older-than' must be a duration such as 90d, 12h, 30min, 1d12h or P90D (units s, m or min, h, d, w; case-sensitive), got '${text}': ${e.message}.`);
    }
}
/** Read and check every input; throws `InputError` for the first one that is wrong. */
function parseInputs(read) {
    const mode = parseMode(read);
    refuseInputsNotFor(mode, read);
    const { name, pattern } = parseName(read, mode);
    const common = parseCommon(read, name);
    if (mode === 'delete')
        return parseDelete(read, common, pattern);
    const base = parsePackageInputs(read, common);
    return mode === 'build' ? parseBuild(base) : parsePush(read, base);
}
function parseMode(read) {
    const mode = required(read, 'mode', `what to do, one of: ${MODES.join(', ')} (there is no default, so that a forgotten mode never publishes the wrong way)`);
    if (!MODES.includes(mode)) {
        throw new InputError('mode', `Input 'mode' must be one of: ${MODES.join(', ')}; got '${mode}'.`);
    }
    return mode;
}
/** Inputs of a later version, or of another mode: refused rather than ignored. */
function refuseInputsNotFor(mode, read) {
    for (const [input, what] of Object.entries(NOT_YET)) {
        if (given(read, input) !== undefined) {
            throw new InputError(input, `Input '${input}' is not yet supported (${what} come in a later version); remove it.`);
        }
    }
    for (const [input, modes] of Object.entries(USED_BY)) {
        if (given(read, input) !== undefined && !modes.includes(mode)) {
            throw new InputError(input, `Input '${input}' is not used with mode '${mode}' (only with: ${modes.join(', ')}); remove it.`);
        }
    }
}
/** The package name, or (delete only) a pattern of names. */
function parseName(read, mode) {
    const name = required(read, 'name', 'the package name, as namespace/package (e.g. team/dataset)');
    const pattern = /[*?]/.test(name);
    if (pattern && mode !== 'delete') {
        throw new InputError('name', `Input 'name' may be a pattern (${name}) only with mode 'delete'.`);
    }
    if (pattern ? !(0,names/* isValidPackageName */.eW)(name.replace(/[*?]/g, 'x')) : !(0,names/* isValidPackageName */.eW)(name)) {
        throw new InputError('name', `Input 'name' is not a valid package name: '${name}'. Use namespace/package, each part made of letters, digits, '_' or '-' (e.g. team/dataset).`);
    }
    return { name, pattern };
}
/** What every mode takes: the registry, S3 access, sign-in, concurrency, dry run. */
function parseCommon(read, name) {
    const dryRun = parseBoolean(read, 'dry-run');
    const registry = parseRegistry(read);
    const concurrency = (0,quilt_concurrency/* resolveConcurrency */.Ak)(parseConcurrency(read('concurrency')));
    const awsRegion = parseRegion(read);
    const endpointUrl = parseEndpoint(read);
    const auth = parseAuth(read);
    const catalog = parseCatalog(read);
    const quiltApiKey = parseApiKey(read, catalog, auth.roleToAssume);
    return {
        name,
        dryRun,
        registry,
        concurrency,
        awsRegion,
        endpointUrl,
        auth: { ...auth, quiltApiKey },
        catalog
    };
}
/** The registry, by quilt3's rules; '' is quilt3's default local registry. */
function parseRegistry(read) {
    const text = read('registry').trim();
    if (text !== '') {
        checkLocation('registry', text, ['', 'file', 's3'], 'a local folder, a file:// URL or s3://bucket');
    }
    try {
        return parseRegistryLocation(text);
    }
    catch (e) {
        if (!(e instanceof errors/* QuiltError */.YH))
            throw e;
        throw new InputError('registry', scheme(text) === 's3'
            ? `Input 'registry': ${e.message}`
            : `Input 'registry' (${text}) is not usable: ${e.message}`);
    }
}
/** delete: one revision (top-hash), a retention policy, or the whole package. */
function parseDelete(read, common, pattern) {
    const topHash = optional(read, 'top-hash');
    if (topHash !== undefined && !/^[0-9a-f]{6,64}$/.test(topHash)) {
        throw new InputError('top-hash', `Input 'top-hash' must be a top hash or a prefix of it (6 to 64 lower-case hex characters), got '${topHash}'.`);
    }
    const keepText = optional(read, 'keep-last');
    if (keepText !== undefined && (!/^\d+$/.test(keepText) || Number(keepText) < 1)) {
        throw new InputError('keep-last', `Input 'keep-last' must be a whole number of revisions, 1 or more, got '${keepText}'.`);
    }
    const olderText = optional(read, 'older-than');
    const olderThanSeconds = olderText === undefined ? undefined : parseOlderThan(olderText);
    const keepLast = keepText === undefined ? undefined : Number(keepText);
    if ((keepLast !== undefined || olderThanSeconds !== undefined) && topHash !== undefined) {
        throw new InputError('top-hash', "Input 'top-hash' cannot be combined with a retention policy (keep-last, older-than): use one or the other.");
    }
    if (pattern &&
        keepLast === undefined &&
        olderThanSeconds === undefined &&
        topHash === undefined) {
        throw new InputError('name', `Input 'name' is a pattern (${common.name}): give a retention policy (keep-last, older-than) or a top-hash, so that a pattern never deletes whole packages by accident.`);
    }
    return { mode: 'delete', ...common, topHash, keepLast, olderThanSeconds };
}
/** build, push: what makes the package (path, message, meta, workflow). */
function parsePackageInputs(read, common) {
    const message = read('message');
    return {
        ...common,
        workflow: parseWorkflow(read),
        path: parsePath(read),
        checksum: parseChecksum(read),
        message: message === '' ? null : message,
        meta: parseMetaInput(read('meta'))
    };
}
/** The hash type new entries get: a name of HASH_TYPES, in any case; undefined when not given. */
function parseChecksum(read) {
    const text = optional(read, 'checksum');
    if (text === undefined)
        return undefined;
    const type = hash/* HASH_TYPES */.T2.find((t) => t.toLowerCase() === text.toLowerCase());
    if (type === undefined) {
        throw new InputError('checksum', `Input 'checksum' must be one of: ${hash/* HASH_TYPES */.T2.map((t) => t.toLowerCase()).join(', ')}; got '${text}'.`);
    }
    return type;
}
/** Where the files are: a local folder (path or file:// URL) or an s3://bucket/prefix. */
function parsePath(read) {
    const text = required(read, 'path', 'the folder (or s3://bucket/prefix) whose files make the package');
    checkLocation('path', text, ['', 'file', 's3'], 'a local folder, a file:// URL or an s3://bucket/prefix');
    if (scheme(text) === 's3')
        return { kind: 's3', url: text };
    try {
        return { kind: 'local', folder: (0,names/* resolveLocalLocation */.V2)(text) };
    }
    catch (e) {
        if (!(e instanceof errors/* QuiltError */.YH))
            throw e;
        throw new InputError('path', `Input 'path' (${text}) is not usable: ${e.message}`);
    }
}
function parseBuild(base) {
    const { registry, path } = base;
    if (registry.kind === 's3' && path.kind === 'local') {
        // Such a manifest would record file:// keys of this machine in a shared registry (the
        // catalog refuses it too).
        throw new InputError('mode', `Input 'mode' is 'build', which writes a manifest without copying data, but 'path' (${path.folder}) is a local folder and 'registry' (${displayLocation(registry)}) is in S3: the package would point at files on this machine. Set 'mode: push' to upload the files, or build into a local registry.`);
    }
    return { mode: 'build', ...base };
}
function parsePush(read, base) {
    const { registry } = base;
    if (registry.kind !== 's3') {
        throw new InputError('registry', registry.kind === 'default'
            ? "Input 'registry' is required with mode 'push': the S3 bucket to publish to, as s3://bucket."
            : `Can only 'push' to remote registries in S3, but '${registry.folder}' is a local folder. Set 'registry' to s3://bucket, or use mode 'build' for a local registry.`);
    }
    const dest = optional(read, 'dest');
    if (dest !== undefined)
        checkLocation('dest', dest, ['s3'], 'an s3://bucket/prefix in the registry bucket');
    return {
        mode: 'push',
        ...base,
        registry,
        dest,
        force: parseBoolean(read, 'force'),
        dedupe: parseBoolean(read, 'dedupe')
    };
}


/***/ }),

/***/ 1705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sp: () => (/* binding */ actionMetadata),
/* harmony export */   Tb: () => (/* binding */ isSwitch),
/* harmony export */   Tl: () => (/* binding */ packageVersion)
/* harmony export */ });
/* unused harmony exports packageRoot, METADATA_CACHE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8815);
/**
 * action.yml, the one table of the inputs and outputs: GitHub reads it for the action, the
 * command reads it for its flags, defaults and `--help`, and a test keeps the README's tables equal
 * to it. Found next to package.json above this module, in the repository and in an installed
 * package (package.json `files` ships it), from src/ and from the dist/ bundles alike.
 */





/** The folder holding action.yml and package.json: this package's root. */
function packageRoot(from = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url))) {
    for (let dir = from;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'action.yml')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'package.json')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir) {
            throw new Error(`action.yml not found above ${from}: the package is incomplete`);
        }
    }
}
let cached;
/**
 * The file `npm run package` writes beside each bundle: action.yml read as YAML (as JSON), with
 * the SHA-256 of the text it was read from. Parsing the YAML costs a start-up some 20 ms.
 */
const METADATA_CACHE = 'action-metadata.json';
/** action.yml's text read as YAML, from the bundle's copy when it was made from this text. */
function readRawMetadata(text) {
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
    try {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), METADATA_CACHE);
        const copy = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf-8'));
        if (copy.sha256 === sha256 && copy.raw)
            return copy.raw;
    }
    catch {
        // No copy (the sources, not a bundle), or not one that can be read: read the YAML.
    }
    return (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(text);
}
function actionMetadata() {
    if (cached)
        return cached;
    const raw = readRawMetadata((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageRoot(), 'action.yml'), 'utf-8'));
    const inputs = {};
    for (const [name, spec] of Object.entries(raw.inputs ?? {})) {
        inputs[name] = {
            description: (spec.description ?? '').trim(),
            required: spec.required === true,
            default: spec.default === undefined ? '' : String(spec.default)
        };
    }
    const outputs = {};
    for (const [name, spec] of Object.entries(raw.outputs ?? {})) {
        outputs[name] = { description: (spec.description ?? '').trim() };
    }
    cached = { description: (raw.description ?? '').trim(), inputs, outputs };
    return cached;
}
/** An input that is a switch: its default is `true` or `false`. */
function isSwitch(spec) {
    return spec.default === 'true' || spec.default === 'false';
}
/** The version in package.json. */
function packageVersion() {
    const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageRoot(), 'package.json'), 'utf-8'));
    return pkg.version ?? '0.0.0';
}


/***/ }),

/***/ 5547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: COMMAND, UsageError, parseArgs, usage

;// CONCATENATED MODULE: ./src/action/github-run.ts
/**
 * The workflow run a job is in, as `@actions/github`'s context reads it from the job's
 * environment: what the default session name and the session tags are made of.
 */
/**
 * The run of this job, read now. `@actions/github` makes its context when it is first loaded; a
 * fresh one reads the environment as it is at this call (one process may run several jobs' steps
 * in tests).
 */
async function currentGitHubRun() {
    const { context } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const now = new context.constructor();
    let repository;
    try {
        repository = `${now.repo.owner}/${now.repo.repo}`;
    }
    catch {
        repository = undefined; // no GITHUB_REPOSITORY
    }
    const number = (n) => (Number.isFinite(n) ? String(n) : undefined);
    const text = (s) => s || undefined;
    return {
        repository,
        workflow: text(now.workflow),
        action: text(now.action),
        actor: text(now.actor),
        sha: text(now.sha),
        ref: text(now.ref),
        runId: number(now.runId),
        runAttempt: number(now.runAttempt)
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __nccwpck_require__(1738);
// EXTERNAL MODULE: ./src/action/catalog.ts
var catalog = __nccwpck_require__(4209);
// EXTERNAL MODULE: ./src/quilt/s3/errors.ts
var s3_errors = __nccwpck_require__(3033);
;// CONCATENATED MODULE: ./src/action/errors.ts
/**
 * Errors as the user should read them: what failed, and what to change (the input, the IAM
 * permission, the workflow permission).
 */





/**
 * The engine errors whose cause is one input, by type: the one table. `prefix`: the message is
 * shown after `Input '<name>': ` (a DestinationError names its input already).
 */
const INPUT_OF_ERROR = [
    { type: errors/* WorkflowChoiceError */.tn, input: 'workflow', prefix: true },
    { type: errors/* DestinationError */.lt, input: 'dest', prefix: false },
    { type: errors/* RevisionNotFoundError */.pd, input: 'top-hash', prefix: true },
    { type: errors/* PackageNotFoundError */.ci, input: 'name', prefix: true },
    // A sign-in through a catalog (catalog.ts): each message names its input already.
    { type: catalog/* ApiKeyRefusedError */.A5, input: 'quilt-api-key', prefix: false },
    { type: catalog/* NotACatalogError */.af, input: 'catalog', prefix: false },
    { type: catalog/* CatalogUnreachableError */.Av, input: 'catalog', prefix: false }
];
/** An engine error as an InputError naming its input, when its type says which; else as is. */
function asInputError(e) {
    const row = INPUT_OF_ERROR.find((r) => e instanceof r.type);
    if (!row || !(e instanceof Error))
        return e;
    return new action_inputs/* InputError */.dz(row.input, row.prefix ? `Input '${row.input}': ${e.message}` : e.message);
}
/**
 * The IAM permission a refused request needs, from the one map of them (S3_PERMISSIONS): e.g.
 * `s3:GetObjectVersion` for a read of a version, `s3:PutObject (and s3:GetObject on the source)`
 * for a copy; for a read, also the bucket permission without which a missing key is refused.
 */
function permissionFor(command, request) {
    const op = command.replace(/Command$/, '');
    if (!(0,s3_errors/* isS3Operation */._Y)(op))
        return `s3:${op} on it`;
    const versioned = request.versioned === true && 'versionActions' in s3_errors/* S3_PERMISSIONS */.sr[op];
    const needed = (0,s3_errors/* iamActionsOf */.Mx)(op, { ...request, versioned, missing: true });
    const source = needed.sourceActions.length
        ? ` (and ${needed.sourceActions.join(' and ')} on the source)`
        : '';
    const bucket = needed.bucketActions.length
        ? `, and ${needed.bucketActions.join(' and ')} on the bucket (without it S3 refuses a key that does not exist)`
        : '';
    return `${needed.actions.join(' and ')}${source} on it${bucket}`;
}
const NO_CREDENTIALS = 'No AWS credentials were found. Set role-to-assume to sign in with GitHub OIDC (the job needs `permissions: id-token: write`), or provide credentials in the environment (e.g. with aws-actions/configure-aws-credentials).';
/** A message for an error from the AWS SDK, or null when it is not one. */
function explainAwsError(e) {
    if (!e || typeof e !== 'object')
        return null;
    // A failed sign-in through a catalog, perhaps surfacing from the S3 request that needed
    // fresh credentials: shown as what it is.
    if (e instanceof catalog/* CatalogSignInError */._)
        return e.message;
    const name = e.name ?? '';
    const message = e.message ?? '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return NO_CREDENTIALS;
    }
    // A failed OIDC sign-in, surfacing from the S3 request that needed credentials.
    if (name === 'SignInError')
        return message;
    const code = (0,s3_errors/* s3ErrorCode */.az)(e);
    const status = (0,s3_errors/* httpStatus */.nG)(e);
    const { command, bucket, key, versioned, sourceVersioned } = (0,s3_errors/* s3ErrorContext */.Q6)(e);
    if (!command)
        return null;
    const what = bucket ? `s3://${bucket}${key ? '/' + key : ''}` : 'S3';
    const op = command.replace(/Command$/, '');
    if (code === 'NoSuchBucket') {
        return `The bucket '${bucket ?? '?'}' does not exist (${op} ${what}). Check the 'registry', 'path' and 'dest' inputs.`;
    }
    if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
        return `Access denied: ${op} on ${what}. The credentials need ${permissionFor(command, { versioned, sourceVersioned })}. Check the role's policy and the bucket policy.`;
    }
    if (code === 'InvalidAccessKeyId' ||
        code === 'ExpiredToken' ||
        code === 'SignatureDoesNotMatch') {
        return `AWS refused the credentials (${code}) for ${op} on ${what}: ${message}`;
    }
    if (code === 'PermanentRedirect' || status === 301) {
        return `The bucket in ${what} is in another region: set 'aws-region' to the bucket's region.`;
    }
    return `${op} on ${what} failed: ${code ? code + ': ' : ''}${message}`;
}
/** A failed sign-in: through a catalog (catalog.ts), or to a role (auth.ts's SignInError). */
function isSignInFailure(e) {
    return e instanceof catalog/* CatalogSignInError */._ || (e instanceof Error && e.name === 'SignInError');
}
/** The message for any error, with AWS errors explained. */
function errorMessage(e) {
    // A failure of one entry: which file, then its cause explained; unless the sign-in failed
    // (credentials renewed during that file's upload), which is no fault of the file.
    if (e instanceof errors/* EntryError */.jm) {
        if (isSignInFailure(e.cause))
            return errorMessage(e.cause);
        return `${e.logicalKey} (${e.source}): ${errorMessage(e.cause)}`;
    }
    const aws = explainAwsError(e);
    if (aws !== null)
        return aws;
    if (e && typeof e === 'object' && typeof e.message === 'string') {
        return e.message;
    }
    return String(e);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __nccwpck_require__(2378);
;// CONCATENATED MODULE: ./src/quilt/registry/local.ts
/**
 * A registry in a local folder (quilt3 `LocalPackageRegistryV1`), including quilt3's default
 * local registry (`<user data dir>/packages`, or `default_local_registry` in quilt3's config).
 */








/**
 * quilt3's `BASE_DIR`: `platformdirs.user_data_dir("Quilt", "QuiltData")`.
 */
function quiltUserDataDir(env = process.env, platform = process.platform) {
    if (platform === 'darwin')
        return (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'Library', 'Application Support', 'Quilt');
    if (platform === 'win32') {
        const local = env.LOCALAPPDATA ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'AppData', 'Local');
        return (0,external_node_path_.join)(local, 'QuiltData', 'Quilt');
    }
    const xdg = env.XDG_DATA_HOME?.trim();
    return (0,external_node_path_.join)(xdg ? xdg : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.local', 'share'), 'Quilt');
}
/**
 * The folder of quilt3's default local registry: `default_local_registry` from
 * `<user data dir>/config.yml` when set there, else `<user data dir>/packages`.
 */
function defaultLocalRegistryDir(env = process.env) {
    const base = quiltUserDataDir(env);
    let configured;
    try {
        const doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(base, 'config.yml'), 'utf-8'));
        if (doc && typeof doc === 'object') {
            configured = doc.default_local_registry;
        }
    }
    catch {
        configured = undefined;
    }
    if (typeof configured === 'string' && configured !== '') {
        const dir = (0,names/* resolveLocalLocation */.V2)(configured);
        if (dir === null) {
            throw new errors/* QuiltError */.YH(`quilt3's config (${(0,external_node_path_.join)(base, 'config.yml')}) sets default_local_registry to ${configured}, which is not a local folder`);
        }
        return dir;
    }
    return (0,external_node_path_.join)(base, 'packages');
}
class LocalRegistry {
    root;
    kind = 'local';
    /** `root` is the registry folder (the one that holds `.quilt/`), absolute and resolved. */
    constructor(root) {
        this.root = root;
    }
    get display() {
        return this.root;
    }
    workflowConfigKey() {
        return names/* PhysicalKey */.ll.local((0,external_node_path_.join)(this.root, '.quilt', 'workflows', 'config.yml'));
    }
    manifestPath(topHash) {
        return (0,external_node_path_.join)(this.root, '.quilt', 'packages', topHash);
    }
    manifestLocation(topHash) {
        return this.manifestPath(topHash);
    }
    pointerPath(name, pointer) {
        return (0,external_node_path_.join)(this.root, '.quilt', 'named_packages', name, pointer);
    }
    async readPointer(name, pointer) {
        try {
            return await (0,promises_.readFile)(this.pointerPath(name, pointer), 'utf-8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
    }
    async readManifestHead(topHash, bytes) {
        let fh;
        try {
            fh = await (0,promises_.open)(this.manifestPath(topHash), 'r');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
        try {
            const buf = Buffer.alloc(bytes);
            const { bytesRead } = await fh.read(buf, 0, bytes, 0);
            return buf.subarray(0, bytesRead);
        }
        finally {
            await fh.close();
        }
    }
    async readManifest(topHash) {
        try {
            return await (0,promises_.readFile)(this.manifestPath(topHash));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
    }
    async listPointers(name) {
        const dir = (0,external_node_path_.join)(this.root, '.quilt', 'named_packages', name);
        let names;
        try {
            names = await (0,promises_.readdir)(dir);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const out = [];
        for (const n of names) {
            if (n.startsWith('.tmp-'))
                continue;
            out.push({ name: n, topHash: await (0,promises_.readFile)((0,external_node_path_.join)(dir, n), 'utf-8') });
        }
        return out;
    }
    /** A plain write of one pointer (no condition). */
    async putPointer(name, pointer, topHash) {
        await writeAtomic(this.pointerPath(name, pointer), Buffer.from(topHash, 'ascii'));
    }
    async readLatest(name) {
        const topHash = await this.readPointer(name, 'latest');
        return { topHash, tag: topHash };
    }
    /** Exclusive creation: a hard link of a finished temporary file fails if the name exists. */
    async createRevisionPointer(name, topHash, seconds) {
        const tmp = await writeTemp(this.pointerPath(name, 'latest'), Buffer.from(topHash, 'ascii'));
        try {
            for (let s = seconds;; s++) {
                try {
                    await createExclusive(tmp, this.pointerPath(name, String(s)), topHash);
                    return String(s);
                }
                catch (e) {
                    if (e.code !== 'EEXIST')
                        throw e;
                }
            }
        }
        finally {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
        }
    }
    /**
     * Compare, then replace with a rename. A folder has no compare-and-swap: two writers on one
     * machine could still both pass the comparison in the instant between (quilt3 does not compare
     * at all).
     */
    async replaceLatest(name, topHash, expected) {
        const now = await this.readPointer(name, 'latest');
        if (now === topHash)
            return 'written';
        if (now !== expected.topHash)
            return 'lost';
        await this.putPointer(name, 'latest', topHash);
        return 'written';
    }
    async removeLatest(name, expected) {
        const now = await this.readPointer(name, 'latest');
        if (now === null)
            return true;
        if (now !== expected.topHash)
            return false;
        await (0,promises_.unlink)(this.pointerPath(name, 'latest')).catch((e) => {
            if (e.code !== 'ENOENT')
                throw e;
        });
        await this.removePackageIfEmpty(name);
        return true;
    }
    async forceLatest(name, topHash) {
        await this.putPointer(name, 'latest', topHash);
    }
    async deletePointers(name, pointers) {
        for (const p of pointers) {
            await (0,promises_.unlink)(this.pointerPath(name, p)).catch((e) => {
                if (e.code !== 'ENOENT')
                    throw e;
            });
        }
        await this.removePackageIfEmpty(name);
    }
    async listPackages() {
        const root = (0,external_node_path_.join)(this.root, '.quilt', 'named_packages');
        const list = async (dir) => {
            try {
                return (await (0,promises_.readdir)(dir, { withFileTypes: true }))
                    .filter((d) => d.isDirectory())
                    .map((d) => d.name);
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return [];
                throw e;
            }
        };
        const out = [];
        for (const ns of await list(root)) {
            for (const pkg of await list((0,external_node_path_.join)(root, ns)))
                out.push(`${ns}/${pkg}`);
        }
        return out.sort();
    }
    async listManifestHashes(prefix) {
        let names;
        try {
            names = await (0,promises_.readdir)((0,external_node_path_.join)(this.root, '.quilt', 'packages'));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        return names.filter((n) => n.startsWith(prefix) && !n.startsWith('.tmp-'));
    }
    /** quilt3 removes `named_packages/<name>/` and then `named_packages/<user>/` once empty. */
    async removePackageIfEmpty(name) {
        const pkgDir = (0,external_node_path_.join)(this.root, '.quilt', 'named_packages', name);
        for (const dir of [pkgDir, (0,external_node_path_.dirname)(pkgDir)]) {
            await (0,promises_.rmdir)(dir).catch(() => undefined);
        }
    }
    async putManifest(topHash, manifest) {
        await writeAtomic(this.manifestPath(topHash), manifest);
    }
}
let tmpCounter = 0;
/**
 * Make `path` hold `text`, failing with EEXIST when it exists: a hard link of the finished
 * temporary file (atomic), or, on file systems without hard links, an exclusive create.
 */
async function createExclusive(tmp, path, text) {
    try {
        await (0,promises_.link)(tmp, path);
    }
    catch (e) {
        const code = e.code;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS')
            throw e;
        await (0,promises_.writeFile)(path, text, { flag: 'wx' });
    }
}
/** A finished temporary file next to `path` (same folder, so it can be renamed or linked). */
async function writeTemp(path, data) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.tmp-${process.pid}-${++tmpCounter}`);
    try {
        await (0,promises_.writeFile)(tmp, data);
    }
    catch (e) {
        await (0,promises_.unlink)(tmp).catch(() => undefined);
        throw e;
    }
    return tmp;
}
/** Write through a temporary file and a rename: a reader never sees a half-written file. */
async function writeAtomic(path, data) {
    const tmp = await writeTemp(path, data);
    try {
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}

// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __nccwpck_require__(5397);
;// CONCATENATED MODULE: ./src/quilt/py/fnmatch.ts
/**
 * Python's `fnmatch.fnmatch` (POSIX: case-sensitive), ported from `fnmatch.translate` of
 * CPython 3.11 so `.quiltignore` rules match exactly what quilt3 matches: `*` and `?` also match
 * `/`, `[...]` classes with `!` negation and ranges (empty ranges dropped as Python drops them),
 * an unclosed `[` is a literal.
 */
function lit(cp) {
    return `\\u{${cp.toString(16)}}`;
}
/** Translate a shell pattern to an anchored JS RegExp with Python's semantics. */
function fnmatchToRegExp(pattern) {
    const pat = Array.from(pattern); // code points, as Python indexes str
    const n = pat.length;
    let res = '';
    let i = 0;
    let lastStar = false;
    while (i < n) {
        const c = pat[i];
        i++;
        if (c === '*') {
            if (!lastStar)
                res += '.*';
            lastStar = true;
            continue;
        }
        lastStar = false;
        if (c === '?') {
            res += '.';
        }
        else if (c === '[') {
            let j = i;
            if (j < n && pat[j] === '!')
                j++;
            if (j < n && pat[j] === ']')
                j++;
            while (j < n && pat[j] !== ']')
                j++;
            if (j >= n) {
                res += lit('['.codePointAt(0));
                continue;
            }
            res += translateClass(pat, i, j);
            i = j + 1;
        }
        else {
            res += lit(c.codePointAt(0));
        }
    }
    return new RegExp(`^(?:${res})$`, 'su');
}
/** The class `pat[i:j]` (between `[` and `]`), following Python's chunk algorithm. */
function translateClass(pat, start, j) {
    let i = start;
    const stuffRaw = pat.slice(i, j);
    let chunks;
    if (!stuffRaw.includes('-')) {
        chunks = [stuffRaw];
    }
    else {
        chunks = [];
        let k = pat[i] === '!' ? i + 2 : i + 1;
        for (;;) {
            k = indexOf(pat, '-', k, j);
            if (k < 0)
                break;
            chunks.push(pat.slice(i, k));
            i = k + 1;
            k = k + 3;
        }
        const chunk = pat.slice(i, j);
        if (chunk.length > 0)
            chunks.push(chunk);
        else
            chunks[chunks.length - 1].push('-');
        // Remove empty ranges (a > b), as Python does.
        for (let k2 = chunks.length - 1; k2 > 0; k2--) {
            const prev = chunks[k2 - 1];
            const next = chunks[k2];
            if (prev[prev.length - 1].codePointAt(0) > next[0].codePointAt(0)) {
                chunks[k2 - 1] = [...prev.slice(0, -1), ...next.slice(1)];
                chunks.splice(k2, 1);
            }
        }
    }
    const flat = chunks.flat();
    if (flat.length === 0)
        return '(?!)';
    let negate = false;
    if (flat[0] === '!') {
        if (flat.length === 1)
            return '.';
        negate = true;
        chunks[0] = chunks[0].slice(1);
    }
    // Chunks are literal runs; consecutive chunks are joined by a range.
    let body = '';
    chunks.forEach((chunk, idx) => {
        if (idx > 0)
            body += '-';
        for (const ch of chunk)
            body += lit(ch.codePointAt(0));
    });
    // A chunk emptied by removing "!" before a range: Python's class would read "[^-x]"; the
    // leading "-" is then literal. Rebuild that case without a dangling range.
    if (body.startsWith('-'))
        body = lit(0x2d) + body.slice(1);
    return `[${negate ? '^' : ''}${body}]`;
}
function indexOf(arr, value, from, to) {
    for (let k = from; k < to; k++)
        if (arr[k] === value)
            return k;
    return -1;
}
/** `fnmatch.fnmatch(name, pattern)` on POSIX. */
function fnmatch(name, pattern) {
    const re = typeof pattern === 'string' ? fnmatchToRegExp(pattern) : pattern;
    return re.test(name);
}

// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
// EXTERNAL MODULE: ./src/quilt/py/json.ts
var json = __nccwpck_require__(5063);
// EXTERNAL MODULE: ./src/quilt/sources/file.ts
var file = __nccwpck_require__(1232);
;// CONCATENATED MODULE: ./src/quilt/sources/local.ts
/**
 * Where a package's files come from: a local folder, walked as quilt3's `set_dir` walks it
 * (`pathlib.Path.rglob('*')` of Python 3.11: every file including dot files, symlinks to files
 * followed, symlinked directories not entered, `.quiltignore` applied like
 * `quilt3.util.quiltignore_filter`).
 */







/** Compiled `.quiltignore` rules: each non-empty line `r` becomes the fnmatch pattern `*\/r`. */
function readQuiltIgnore(folder) {
    const file = `${folder}/.quiltignore`;
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return null;
        throw new errors/* QuiltError */.YH(`Cannot read ${file}: ${e.message}`);
    }
    let text;
    try {
        // Python's read_text('utf-8'): strict UTF-8, a BOM kept as a character.
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new errors/* QuiltError */.YH(`${file} is not valid UTF-8 text (quilt3 cannot read it either)`);
    }
    // Universal newlines, as Python's text mode reads them.
    return text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((rule) => rule !== '')
        .map((rule) => fnmatchToRegExp('*/' + rule));
}
/** Names in code point order (Python's `str` order). */
function byName(a, b) {
    return (0,json/* compareCodePoints */.OP)(a.name, b.name);
}
/**
 * Every file under `folder` (an absolute, symlink-resolved directory), as quilt3's
 * `set_dir(".", folder)` lists them. Synchronous on purpose: on many small files sync fs calls
 * are several times faster than the promise API (research/performance.md).
 */
function listLocalFolder(folder) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(folder);
    }
    catch {
        throw new errors/* QuiltError */.YH(`The specified directory ${(0,repr/* pyRepr */.n)(folder)} doesn't exist`);
    }
    if (!st.isDirectory()) {
        throw new errors/* QuiltError */.YH(`The specified directory ${(0,repr/* pyRepr */.n)(folder)} doesn't exist`);
    }
    const files = [];
    const dirs = [];
    const rules = readQuiltIgnore(folder);
    /** Whether `.quiltignore` leaves out a folder (or one above it, below `folder`). */
    const ignoredFolder = (abs) => {
        for (let d = abs; d.length > folder.length; d = d.slice(0, d.lastIndexOf('/'))) {
            if (rules?.some((r) => r.test(d + '/') || r.test(d)))
                return true;
        }
        return false;
    };
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (e) {
            // quilt3 (Python 3.11's rglob) silently skips a folder it may not read; a package is every
            // file below the folder, so here it is an error naming the folder, unless it is ignored.
            const code = e.code;
            if ((code === 'EACCES' || code === 'EPERM') && ignoredFolder(abs))
                return;
            if (code === 'EACCES' || code === 'EPERM')
                throw new errors/* SourceReadError */.Ct(abs, code, 'folder');
            throw e;
        }
        // Each folder's names in code point order, folders entered where they sort: the files come
        // out in the package's walk order (no sort of the whole package later).
        entries.sort(byName);
        for (const d of entries) {
            const childAbs = `${abs}/${d.name}`;
            const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
            if (d.isDirectory()) {
                dirs.push(childAbs);
                walk(childAbs, childRel);
            }
            else if (d.isFile()) {
                files.push({ abs: childAbs, rel: childRel, symlink: false });
            }
            else if (d.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.statSync)(childAbs);
                }
                catch {
                    dirs.push(childAbs); // broken link: not a file (quilt3 counts it with directories)
                    continue;
                }
                if (target.isFile())
                    files.push({ abs: childAbs, rel: childRel, symlink: true });
                else
                    dirs.push(childAbs);
            }
            else {
                dirs.push(childAbs); // fifo, socket...: `is_file()` is false
            }
        }
    };
    walk(folder, '');
    let kept = files;
    if (rules) {
        const ignoredDirs = [];
        for (const rule of rules) {
            for (const dir of dirs) {
                if (rule.test(dir + '/') || rule.test(dir))
                    ignoredDirs.push(dir + '/');
            }
        }
        kept = files.filter((f) => !rules.some((r) => r.test(f.abs)) && !ignoredDirs.some((d) => f.abs.startsWith(d)));
    }
    return kept.map((f) => {
        try {
            const realPath = f.symlink ? external_node_fs_.realpathSync.native(f.abs) : f.abs;
            const st = f.symlink ? (0,external_node_fs_.statSync)(f.abs) : (0,external_node_fs_.lstatSync)(f.abs);
            // An unreadable file fails now, before anything is hashed or sent. access(2) is asked for
            // every file: the mode bits are not the answer on network file systems or under a security
            // module, where the server or the module decides.
            (0,external_node_fs_.accessSync)(realPath, external_node_fs_.constants.R_OK);
            return { logicalKey: f.rel, realPath, size: st.size, identity: (0,file/* identityOf */.cu)(st) };
        }
        catch (e) {
            const code = e.code;
            if (f.rel.includes('\ufffd') && code === 'ENOENT') {
                throw new errors/* QuiltError */.YH(`The file name of ${(0,repr/* pyRepr */.n)(f.rel)} is not valid UTF-8: rename it (quilt3 cannot package it either)`);
            }
            if (code === 'EACCES' || code === 'EPERM')
                throw new errors/* SourceReadError */.Ct(f.abs, code, 'file');
            throw e;
        }
    });
}
/** The entries of a local folder (path or `file://` URL, already resolved). */
function localSource(folder) {
    return {
        kind: 'local',
        display: folder,
        entries: listLocalFolder(folder).map((f) => ({
            logicalKey: f.logicalKey,
            physicalKey: names/* PhysicalKey */.ll.local(f.realPath),
            size: f.size,
            identity: f.identity
        }))
    };
}

;// CONCATENATED MODULE: ./src/action/resolve.ts
/**
 * The inputs resolved into engine objects: the S3 client, the registry, the source, the
 * workflows source. Errors name the input they come from.
 */








/**
 * S3 clients made for this run (closed at the end). The AWS SDK is loaded only when a run needs
 * S3: a local build starts as fast as plain Node.
 */
class Clients {
    inputs;
    deps;
    client;
    constructor(inputs, deps) {
        this.inputs = inputs;
        this.deps = deps;
    }
    /** The catalog signed in through, if any. */
    get catalogConfig() {
        return this.deps.catalogConfig;
    }
    async get() {
        const { makeS3Client } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(620), __nccwpck_require__.e(501)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6501));
        this.client ??= makeS3Client({
            region: this.inputs.awsRegion ?? this.deps.catalogConfig?.region,
            endpoint: this.inputs.endpointUrl,
            concurrency: this.inputs.concurrency.s3Requests,
            credentials: this.deps.credentials
        });
        return this.client;
    }
    close() {
        this.client?.destroy();
    }
}
/**
 * The hash new entries get: the `checksum` input; else, signed in through a catalog, what its
 * config.json says (`crc64Checksums`, as quilt-rs and the catalog's own push follow it); else
 * quilt3's `sha2-256-chunked`.
 */
function hashTypeOf(inputs, clients, log) {
    if (inputs.checksum !== undefined)
        return inputs.checksum;
    if (clients.catalogConfig?.crc64Checksums) {
        log.info("New entries are hashed with CRC64NVME: the catalog's config.json sets crc64Checksums.");
        return hash/* CRC64NVME */.fN;
    }
    return hash/* SHA256_CHUNKED */.Bg;
}
/** A local folder an input names (resolved with the inputs), checked; errors name the input. */
function checkFolder(input, dir, mustExist) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(dir);
    }
    catch {
        if (mustExist) {
            throw new action_inputs/* InputError */.dz(input, `Input '${input}': the folder ${dir} does not exist.`);
        }
        return dir;
    }
    if (!st.isDirectory()) {
        throw new action_inputs/* InputError */.dz(input, `Input '${input}' (${dir}) is a file, not a folder: give ${input === 'path' ? 'the folder whose files make the package' : 'a registry folder (created if missing) or a file:// URL'}.`);
    }
    return dir;
}
/** The S3 registry in `bucket` (push's registry is always one: its inputs say so by type). */
async function s3RegistryOf(bucket, clients, log) {
    const { S3Registry } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8636));
    const onWarning = (w) => log.warning(w);
    return new S3Registry(await clients.get(), bucket, { onWarning });
}
/** The registry the `registry` input names (its location was parsed with the inputs). */
async function registryOf(inputs, clients, log) {
    const location = inputs.registry;
    switch (location.kind) {
        case 's3':
            return s3RegistryOf(location.bucket, clients, log);
        case 'local':
            return new LocalRegistry(checkFolder('registry', location.folder, false));
        case 'default':
            return new LocalRegistry(defaultLocalRegistryDir());
    }
}
async function sourceOf(inputs, clients, log) {
    const location = inputs.path;
    if (location.kind === 's3') {
        let listed;
        try {
            const { listS3Prefix } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(164)]).then(__nccwpck_require__.bind(__nccwpck_require__, 164));
            listed = await listS3Prefix(await clients.get(), location.url);
        }
        catch (e) {
            if (e instanceof errors/* QuiltError */.YH)
                throw new action_inputs/* InputError */.dz('path', `Input 'path': ${e.message}`);
            throw e;
        }
        for (const k of listed.skipped)
            log.warning(`Logical keys cannot end in "/", skipping: ${k}`);
        if (listed.entries.length === 0) {
            throw new action_inputs/* InputError */.dz('path', `Input 'path': no objects found under ${listed.display}.`);
        }
        return { kind: 's3', display: listed.display, entries: listed.entries };
    }
    const folder = checkFolder('path', location.folder, true);
    try {
        return localSource(folder);
    }
    catch (e) {
        if (e instanceof errors/* QuiltError */.YH)
            throw new action_inputs/* InputError */.dz('path', `Input 'path': ${e.message}`);
        throw e;
    }
}
/** Where the registry's workflows config is, and how to read it and the schemas it names. */
function workflowSource(registry, clients) {
    const fetch = async (pk) => {
        if (pk.isLocal()) {
            try {
                return { data: await (0,promises_.readFile)(pk.path), url: String(pk) };
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT')
                    return null;
                throw e;
            }
        }
        const { fetchS3Object } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8636));
        return fetchS3Object(await clients.get(), pk);
    };
    return { configKey: registry.workflowConfigKey(), fetch };
}

;// CONCATENATED MODULE: ./src/quilt/format/diff.ts
/**
 * What changed between two revisions of a package: files added, removed, modified (size, hash or
 * metadata), and whether the package metadata changed. Physical keys do not count: two revisions
 * with the same content are equal wherever their bytes are.
 */

function sameContent(a, b) {
    return (a.size === b.size &&
        (a.hash === null || b.hash === null ? a.hash === b.hash : (0,json/* pyEquals */.PU)(a.hash, b.hash)) &&
        (0,json/* pyEquals */.PU)(a.meta, b.meta));
}
function metaField(p, key) {
    return p.meta.get(key);
}
function fieldChanged(a, b) {
    if (a === undefined || b === undefined)
        return a !== b;
    return !(0,json/* pyEquals */.PU)(a, b);
}
function noChanges() {
    return { count: 0, rows: [] };
}
/** Count a change, and keep its row while there are fewer than `limit`. */
function add(changes, limit, row) {
    if (changes.count++ < limit)
        changes.rows.push(row());
}
/**
 * The diff from `before` (null: a new package) to `after`, files in walk order; at most `rows`
 * rows of each kind are kept (all by default), and every change is counted.
 */
function diffPackages(before, after, { rows = Infinity } = {}) {
    const diff = {
        added: noChanges(),
        removed: noChanges(),
        modified: noChanges(),
        unchanged: 0,
        metaChanged: before === null
            ? (metaField(after, 'user_meta') ?? null) !== null
            : fieldChanged(metaField(before, 'user_meta'), metaField(after, 'user_meta')),
        messageChanged: before === null || fieldChanged(metaField(before, 'message'), metaField(after, 'message'))
    };
    // Each file of `after` looked up in `before`: a parent of a million entries is neither copied
    // nor made into entries, but for the files both have.
    let both = 0;
    for (const e of after.walk()) {
        const prev = before?.get(e.logicalKey);
        if (!prev)
            add(diff.added, rows, () => ({ logicalKey: e.logicalKey, size: e.size }));
        else {
            both++;
            if (!sameContent(prev, e)) {
                add(diff.modified, rows, () => ({
                    logicalKey: e.logicalKey,
                    size: e.size,
                    previousSize: prev.size
                }));
            }
            else
                diff.unchanged++;
        }
    }
    if (before === null)
        return diff;
    // The others of `before` are removed: counted, and the first rows found by their keys alone.
    const removed = diff.removed;
    removed.count = before.size - both;
    if (removed.count === 0 || rows === 0)
        return diff;
    for (const f of before.keysAndSizes()) {
        if (after.get(f.logicalKey))
            continue;
        removed.rows.push(f);
        if (removed.rows.length === Math.min(rows, removed.count))
            break;
    }
    return diff;
}

;// CONCATENATED MODULE: ./src/action/report.ts
/** A logger that also keeps its warnings. */
function keepingWarnings(base) {
    const warnings = [];
    return {
        info: (m) => base.info(m),
        warning: (m) => {
            warnings.push(m);
            base.warning(m);
        },
        warnings
    };
}
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** Bytes for people: `1.5 GiB`. */
function report_formatBytes(n) {
    let v = n;
    let u = 0;
    while (v >= 1024 && u < UNITS.length - 1) {
        v /= 1024;
        u++;
    }
    return u === 0 ? `${Math.round(n)} B` : `${v.toFixed(1)} ${UNITS[u]}`;
}
/**
 * A progress line at most every `intervalMs` (and a last one when done), like actions/cache:
 * `Hashed 1.2 GiB of 2.0 GiB (60%), 1.1 GiB/s`.
 */
class ProgressLine {
    log;
    verb;
    intervalMs;
    clock;
    last = 0;
    start;
    constructor(log, verb, intervalMs = 5000, clock = () => Date.now()) {
        this.log = log;
        this.verb = verb;
        this.intervalMs = intervalMs;
        this.clock = clock;
        this.start = this.clock();
        this.last = this.start;
    }
    /** A line for `done` of `total` bytes (and files, when given), unless one was given recently. */
    update(done, total, final = false, files) {
        const now = this.clock();
        if (!final && now - this.last < this.intervalMs)
            return;
        this.last = now;
        const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
        const secs = Math.max((now - this.start) / 1000, 0.001);
        const count = files ? `, ${files.done} of ${files.total} files` : '';
        this.log(`${this.verb} ${report_formatBytes(done)} of ${report_formatBytes(total)} (${pct}%${count}), ${report_formatBytes(done / secs)}/s`);
    }
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/action/summary.ts

/** At most this many file rows per table; the summary stays well under 1 MiB. */
const MAX_ROWS = 200;
const MAX_CELL = 300;
/** At most MAX_CELL characters (whole code points). */
function clip(text) {
    const chars = Array.from(text);
    return chars.length > MAX_CELL ? chars.slice(0, MAX_CELL).join('') + '…' : text;
}
/** Plain text safe inside Markdown (and a table cell): no HTML, no pipes, no line breaks. */
function cell(text) {
    return clip(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/[\r\n\t]/g, ' ');
}
/**
 * Text shown as code (file names, hashes): a code span shows entities literally, so only pipes
 * (table cells), line breaks and the fence itself need care.
 */
function code(text) {
    const t = clip(text)
        .replace(/\|/g, '\\|')
        .replace(/[\r\n\t]/g, ' ');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * At most MAX_ROWS items, and a line saying how many more there were (of `count` in all: the
 * items may be only the first of them).
 */
function capped(items, render, separator = '\n', count = items.length) {
    const shown = items.slice(0, MAX_ROWS);
    const text = shown.map(render).join(separator);
    return count > shown.length ? `${text}\n\n…and ${count - shown.length} more.` : text;
}
function fileTable(title, changes, modified) {
    const { rows, count } = changes;
    if (count === 0)
        return '';
    const head = modified
        ? '| file | size | before |\n| --- | ---: | ---: |'
        : '| file | size |\n| --- | ---: |';
    const body = capped(rows, (r) => modified
        ? `| ${code(r.logicalKey)} | ${formatBytes(r.size)} | ${formatBytes(r.previousSize ?? 0)} |`
        : `| ${code(r.logicalKey)} | ${formatBytes(r.size)} |`, '\n', count);
    return `<details><summary>${title} (${count})</summary>\n\n${head}\n${body}\n\n</details>\n\n`;
}
const VERB = { build: 'built', push: 'pushed', delete: 'cleaned up' };
/** `1700000000` -> `2023-11-14 22:13 UTC`; other names as they are. */
function when(pointer) {
    if (!/^\d+$/.test(pointer))
        return pointer;
    return new Date(Number(pointer) * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
function age(pointer, now) {
    if (!/^\d+$/.test(pointer))
        return '';
    const days = (now - Number(pointer) * 1000) / 86_400_000;
    return days >= 1 ? `${Math.floor(days)} d` : `${Math.max(0, Math.floor(days * 24))} h`;
}
/**
 * The rows the cleanup tables show: per package with revisions, newest first, at most MAX_ROWS
 * rows in all. The one place that decides it (the action reads the messages of these revisions).
 */
function cleanupRows(packages) {
    const tables = [];
    let rows = 0;
    const shown = packages.filter((p) => p.kept.length + p.removed.length > 0);
    for (const [i, p] of shown.entries()) {
        if (rows >= MAX_ROWS)
            return { tables, packagesLeft: shown.length - i };
        const all = [
            ...p.kept.map((x) => ({ ...x, removed: false })),
            ...p.removed.map((x) => ({ ...x, removed: true }))
        ].sort((a, b) => Number(b.name) - Number(a.name));
        const room = MAX_ROWS - rows;
        tables.push({
            name: p.name,
            kept: p.kept.length,
            removed: p.removed.length,
            rows: all.slice(0, room),
            more: Math.max(0, all.length - room)
        });
        rows += all.length;
    }
    return { tables, packagesLeft: 0 };
}
/** Per package: its revisions, kept or removed, newest first (at most MAX_ROWS rows in all). */
function cleanupTables(packages, dryRun, messages) {
    const now = Date.now();
    let md = '';
    const { tables, packagesLeft } = cleanupRows(packages);
    for (const t of tables) {
        md += `<details><summary>${cell(t.name)}: ${t.removed} removed, ${t.kept} kept</summary>\n\n`;
        md +=
            '| revision | date | age | top hash | message | |\n| --- | --- | ---: | --- | --- | --- |\n';
        md += t.rows
            .map((x) => {
            const state = x.removed ? (dryRun ? 'would be removed' : 'removed') : 'kept';
            return `| \`${x.name}\` | ${when(x.name)} | ${age(x.name, now)} | \`${x.topHash.slice(0, 12)}\` | ${cell(messages.get(x.topHash) ?? '')} | ${state} |`;
        })
            .join('\n');
        if (t.more > 0)
            md += `\n\n…and ${t.more} more revisions.`;
        md += '\n\n</details>\n\n';
    }
    if (packagesLeft > 0) {
        md += `…and ${packagesLeft} more package${packagesLeft === 1 ? '' : 's'}.\n\n`;
    }
    return md;
}
function renderSummary(r) {
    let md = `## Quilt package ${code(r.name)} ${VERB[r.mode]}${r.dryRun ? ' (dry run: nothing written)' : ''}\n\n`;
    const facts = [`Registry: ${code(r.registry)}`];
    if (r.mode !== 'delete') {
        if (r.topHash)
            facts.push(`Top hash: \`${r.topHash}\``);
        if (r.catalogUrl)
            facts.push(`Catalog: [${cell(r.name)}](${r.catalogUrl})`);
        if (r.packageUri)
            facts.push(`URI: ${code(r.packageUri)}`);
        if (r.revision)
            facts.push(`Revision: \`${r.revision}\``);
        if (r.files !== undefined)
            facts.push(`Files: ${r.files} (${formatBytes(r.bytes ?? 0)})`);
        if (r.uploadedBytes !== undefined && r.mode === 'push') {
            facts.push(`Uploaded or copied: ${formatBytes(r.uploadedBytes)}; already in S3: ${r.reused ?? 0} files`);
        }
        if (r.dryRun)
            facts.push('Dry run: nothing was uploaded or written.');
        else if (r.written === false)
            facts.push('Nothing written: the package equals `latest` (dedupe).');
        else if (r.changed === false)
            facts.push('Same content as the previous `latest`.');
    }
    else {
        const deleted = r.deleted ?? [];
        if (r.retention)
            facts.push(`Retention: ${cell(r.retention)}`);
        facts.push(deleted.length === 0
            ? 'No revision removed.'
            : `${r.dryRun ? 'Would remove' : 'Removed'} the pointers of ${deleted.length} revision${deleted.length === 1 ? '' : 's'} (manifests and data are kept).`);
        if (r.latestAfter !== undefined) {
            const now = r.dryRun ? 'would point to' : 'now:';
            facts.push(r.latestAfter
                ? `\`latest\` ${now} \`${r.latestAfter}\``
                : `\`latest\`: none (no revision ${r.dryRun ? 'would be ' : ''}left)`);
        }
    }
    md += facts.map((f) => `- ${f}`).join('\n') + '\n\n';
    if (r.diff) {
        const d = r.diff;
        md += '### Changes against the previous revision\n\n';
        md += `| added | removed | modified | unchanged | metadata |\n| ---: | ---: | ---: | ---: | --- |\n`;
        md += `| ${d.added.count} | ${d.removed.count} | ${d.modified.count} | ${d.unchanged} | ${d.metaChanged ? 'changed' : 'unchanged'} |\n\n`;
        md += fileTable('Added', d.added, false);
        md += fileTable('Removed', d.removed, false);
        md += fileTable('Modified', d.modified, true);
    }
    const tables = r.cleanup
        ? cleanupTables(r.cleanup, r.dryRun ?? false, r.messages ?? new Map())
        : '';
    if (tables)
        md += '### Revisions\n\n' + tables;
    if (r.deleted && r.deleted.length > 0 && !r.cleanup) {
        md += '### Revisions removed\n\n' + capped(r.deleted, (h) => `- \`${h}\``) + '\n\n';
    }
    if (r.warnings.length > 0) {
        md += '### Warnings\n\n' + capped(r.warnings, (w) => `> ${cell(w)}`, '\n>\n') + '\n';
    }
    return md;
}

;// CONCATENATED MODULE: ./src/action/results.ts



/** An output as the workflow sees it: strings as they are, anything else as JSON. */
function outputText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function isS3Registry(r) {
    return r.kind === 's3';
}
function packageUri(registry, name, topHash) {
    if (isS3Registry(registry))
        return `quilt+s3://${registry.bucket}#package=${name}@${topHash}`;
    return '';
}
/** The catalog page of a revision (spec §12), for S3 registries when a catalog is given. */
function catalogUrl(catalog, registry, name, topHash) {
    if (!catalog || !isS3Registry(registry) || !topHash)
        return '';
    return `${catalog}/b/${registry.bucket}/packages/${name}/tree/${topHash}`;
}
/** What a build or a push did, as outputs and as the summary's report. */
function packageResult(mode, inputs, registry, log, r) {
    const uri = packageUri(registry, inputs.name, r.topHash);
    const catalog = catalogUrl(inputs.catalog, registry, inputs.name, r.topHash);
    return {
        report: {
            mode,
            name: inputs.name,
            dryRun: inputs.dryRun,
            registry: registry.display,
            topHash: r.topHash,
            packageUri: uri,
            catalogUrl: catalog,
            revision: r.revision,
            files: r.files,
            bytes: r.bytes,
            uploadedBytes: r.uploadedBytes,
            reused: r.reused,
            changed: r.changed,
            written: r.written,
            // The summary shows at most MAX_ROWS files of each kind: no more are made into rows.
            diff: diffPackages(r.previous, r.package, { rows: MAX_ROWS }),
            warnings: log.warnings ?? []
        },
        outputs: {
            'top-hash': r.topHash,
            'package-uri': uri,
            'catalog-url': catalog,
            revision: r.revision ?? '',
            files: r.files,
            bytes: r.bytes,
            'uploaded-bytes': r.uploadedBytes,
            changed: r.changed,
            registry: registry.display
        }
    };
}
/** A retention policy in words, with its cut-off as an absolute UTC time. */
function describePolicy(policy, cutoff) {
    const parts = [];
    if (policy.keepLast !== undefined)
        parts.push(`beyond the newest ${plural(policy.keepLast, 'revision')}`);
    if (cutoff !== null) {
        parts.push(`older than ${cutoff.toISOString().replace(/\.\d{3}Z$/, 'Z')} (UTC)`);
    }
    return `revisions ${parts.join(' and ')} are removed; the one latest names is kept`;
}
/** What a delete did (one package, or each package a pattern matched), as outputs and report. */
function deleteResult(inputs, registry, log, results, how) {
    const { pattern, policy, cutoff, messages } = how;
    const single = results.get(inputs.name);
    const deleted = pattern || policy
        ? Object.fromEntries([...results].map(([n, r]) => [n, r.deleted]))
        : (single?.deleted ?? []);
    const anyDeleted = [...results.values()].some((r) => r.deleted.length > 0);
    return {
        report: {
            mode: 'delete',
            name: inputs.name,
            registry: registry.display,
            dryRun: inputs.dryRun,
            deleted: [...new Set([...results.values()].flatMap((r) => r.deleted))],
            latestAfter: pattern ? undefined : (single?.latest ?? null),
            retention: policy ? describePolicy(policy, cutoff) : undefined,
            messages,
            cleanup: pattern || policy
                ? [...results].map(([n, r]) => ({ name: n, kept: r.kept, removed: r.removed }))
                : undefined,
            warnings: log.warnings ?? []
        },
        outputs: {
            deleted,
            'top-hash': pattern ? '' : (single?.latest ?? ''),
            changed: anyDeleted,
            registry: registry.display
        }
    };
}

// EXTERNAL MODULE: ./src/quilt/hashing/pool.ts + 1 modules
var hashing_pool = __nccwpck_require__(9410);
// EXTERNAL MODULE: ./src/quilt/format/manifest.ts
var format_manifest = __nccwpck_require__(7000);
// EXTERNAL MODULE: ./src/quilt/hashing/missing.ts
var missing = __nccwpck_require__(9022);
// EXTERNAL MODULE: ./src/quilt/registry/registry.ts
var registry_registry = __nccwpck_require__(2358);
// EXTERNAL MODULE: ./src/quilt/ops/prepare.ts + 5 modules
var prepare = __nccwpck_require__(9579);
// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var quilt_concurrency = __nccwpck_require__(7182);
;// CONCATENATED MODULE: ./src/quilt/ops/build.ts








/** The hasher of a source's S3 objects (loaded only when there are some), told what the listing said. */
async function s3Hasher(s3, concurrency, onBytes, source) {
    const { S3Hasher, checksumHints } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(967)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2348));
    return new S3Hasher(s3, concurrency.s3Requests, onBytes, checksumHints(source.entries));
}
/** Give `entries` the hashes of the `listed` entries hashed (`values`, in their order). */
function setHashes(entries, listed, values, type) {
    // The package's walk order is mostly the listing's (sources/local.ts): then entry i is listed i.
    const same = entries.length === listed.length &&
        entries.every((e, i) => e.logicalKey === listed[i].logicalKey);
    if (same) {
        for (let i = 0; i < entries.length; i++)
            entries[i].hash = (0,format_manifest/* newHash */.tw)(values[i], type);
        return;
    }
    const byKey = new Map();
    listed.forEach((e, i) => byKey.set(e.logicalKey, values[i]));
    for (const e of entries) {
        const value = byKey.get(e.logicalKey);
        if (value !== undefined)
            e.hash = (0,format_manifest/* newHash */.tw)(value, type);
    }
}
/** Make the package from the source and write it to the registry; no data is copied. */
async function build(req, options = {}) {
    const maxRecordSize = options.maxRecordSize ?? (0,format_manifest/* maxRecordSizeFromEnv */.uA)();
    const source = req.source ?? (req.folder !== undefined ? localSource(req.folder) : undefined);
    if (!source)
        throw new Error('build needs a source or a folder');
    const progress = {
        bytesDone: 0,
        bytesTotal: source.entries.reduce((n, e) => n + e.size, 0),
        filesDone: 0,
        filesTotal: source.entries.length
    };
    const onBytes = (bytes, files) => {
        progress.bytesDone += bytes;
        progress.filesDone += files;
        options.onProgress?.(progress);
    };
    const concurrency = options.concurrency ?? (0,quilt_concurrency/* resolveConcurrency */.Ak)();
    const hashType = req.hashType ?? hash/* SHA256_CHUNKED */.Bg;
    const pool = new hashing_pool/* HashPool */.v({ workers: concurrency.hashThreads, onBytes, adaptive: true });
    let prepared;
    try {
        // The local files are hashed from now on, while the package is made (a failure to make it
        // wins: the hashing's own error is then dropped). Each file is checked, once read, to still
        // be the file the listing saw: the hashes are of the files as listed.
        const local = source.entries.filter((e) => e.physicalKey.isLocal());
        const hashing = local.length > 0
            ? pool.hashFiles(local.map((e) => ({ path: e.physicalKey.path, size: e.size, identity: e.identity })), hashType)
            : null;
        hashing?.catch(() => undefined);
        prepared = await (0,prepare/* prepareRevision */.TH)({ ...req, source }, maxRecordSize);
        if (hashing)
            setHashes(prepared.entries, local, await hashing, hashType);
        // What is left: objects in S3.
        await (0,missing/* computeMissingHashes */.G)(prepared.entries, {
            local: pool,
            s3: options.s3 ? await s3Hasher(options.s3, concurrency, onBytes, source) : undefined
        }, hashType);
    }
    finally {
        await pool.close();
    }
    const { pkg, entries, bytes: totalBytes } = prepared;
    const topHash = pkg.topHash(entries);
    const manifest = pkg.toManifest({ entries, maxRecordSize });
    const { latest: parent, previous } = await (0,prepare/* readParent */.bX)(req.registry, req.name, options.onWarning);
    const previousTopHash = parent.topHash;
    const revision = options.dryRun
        ? null
        : await (0,registry_registry/* commitRevision */.xc)(req.registry, {
            name: req.name,
            topHash,
            manifest,
            parent,
            now: options.now,
            operation: 'build'
        });
    return {
        topHash,
        revision,
        files: entries.length,
        bytes: totalBytes,
        previousTopHash,
        previous,
        manifest,
        package: pkg
    };
}

;// CONCATENATED MODULE: ./src/quilt/closest.ts
/** "Did you mean" suggestions: the candidates closest to a mistyped name. */
/** Levenshtein distance. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
/** Up to `limit` candidates within a few edits of `name`, closest first (ties by name). */
function closestNames(candidates, name, limit = 3) {
    return [...candidates]
        .map((n) => ({ n, d: distance(n, name) }))
        .filter((x) => x.d <= Math.max(3, Math.floor(name.length / 2)))
        .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
        .slice(0, limit)
        .map((x) => x.n);
}

;// CONCATENATED MODULE: ./src/quilt/ops/delete.ts
/**
 * `delete` (spec §10): remove revision pointers, never manifests or data. The whole package, or
 * only the pointers to one revision (a full top hash or a unique prefix of 6 to 63 characters);
 * `latest` stays valid as quilt3 keeps it: when it pointed to the removed revision and other
 * revisions remain, it is re-created from the newest remaining timestamp pointer. A plain name
 * that is not a package is an error naming the closest names (a typo must not pass as success).
 */





/** quilt3 `resolve_top_hash`: a full hash as is, or a 6-63 character prefix matching one manifest. */
async function resolveTopHash(registry, hashOrPrefix) {
    if (!/^[0-9a-f]+$/.test(hashOrPrefix))
        throw new errors/* RevisionNotFoundError */.pd(`Invalid hash: ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    if (hashOrPrefix.length === 64)
        return hashOrPrefix;
    if (hashOrPrefix.length < 6 || hashOrPrefix.length > 64) {
        throw new errors/* RevisionNotFoundError */.pd(`Invalid hash: ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    }
    const matches = await registry.listManifestHashes(hashOrPrefix);
    if (matches.length === 0)
        throw new errors/* RevisionNotFoundError */.pd(`Found zero matches for ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    if (matches.length > 1)
        throw new errors/* RevisionNotFoundError */.pd(`Found multiple matches: ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    return matches[0];
}
/** The newest timestamp pointer (quilt3 takes the greatest name). */
function newest(pointers) {
    return pointers.reduce((a, p) => (a === undefined || p.name > a.name ? p : a), undefined);
}
/** Plans made again, at most, when the package moved between the plan and its writes. */
const MAX_ROUNDS = 5;
/** Up to three package names of the registry closest to `name`. */
async function closestPackages(registry, name) {
    return closestNames(await registry.listPackages(), name);
}
/**
 * Remove a package's revisions (pointers only). Every write is conditional on what was read:
 * `latest` is re-pointed (or removed) only if it is still what the plan saw, so a revision a
 * concurrent push made `latest` is never moved back or removed. When the package moved, the
 * plan is made again from a fresh listing (at most MAX_ROUNDS times), still limited to the
 * revisions the first listing named: a revision written meanwhile is kept.
 */
async function deletePackage(req) {
    (0,names/* validatePackageName */.Eu)(req.name);
    if (req.policy && req.topHash !== undefined) {
        // A policy would otherwise silently win over the revision asked for.
        throw new errors/* QuiltError */.YH('A top hash cannot be combined with a retention policy: use one or the other.');
    }
    const registry = req.registry;
    const target = req.topHash === undefined ? undefined : await resolveTopHash(registry, req.topHash);
    const now = req.now ?? new Date();
    /** Revisions (timestamp names, top hashes) the first listing saw: nothing newer is removed. */
    let seen;
    const warnings = [];
    /** Pointers removed by earlier rounds (a round that found the package moved stops halfway). */
    const removedBefore = [];
    /** A revision this delete made latest whose timestamp pointer then went away. */
    let orphan = null;
    for (let round = 1;; round++) {
        const latestState = await registry.readLatest(req.name);
        const listed = await registry.listPointers(req.name);
        const timestamps = listed.filter((p) => p.name !== 'latest');
        const pointers = latestState.topHash === null
            ? timestamps
            : [...timestamps, { name: 'latest', topHash: latestState.topHash }];
        if (pointers.length === 0 && round === 1) {
            if (target !== undefined) {
                throw new errors/* RevisionNotFoundError */.pd(`No such package version exists in the given directory: package ${req.name} has no revisions in ${registry.display}.`);
            }
            throw new errors/* PackageNotFoundError */.ci(req.name, registry.display, await closestPackages(registry, req.name));
        }
        seen ??= {
            names: new Set(timestamps.map((p) => p.name)),
            hashes: new Set(pointers.map((p) => p.topHash))
        };
        const plan = makePlan(pointers, req, target, seen, now, orphan);
        if (round === 1 && plan.doomed.length === 0 && target !== undefined) {
            throw new errors/* RevisionNotFoundError */.pd(`No such package version exists in the given directory: no revision of ${req.name} has the top hash ${target}.`);
        }
        const gone = [...removedBefore, ...plan.doomed];
        const result = {
            deleted: [...new Set(gone.map((p) => p.topHash))],
            kept: timestamps.filter((p) => !plan.doomed.includes(p)),
            removed: gone.filter((p) => p.name !== 'latest'),
            pointersRemoved: gone.map((p) => p.name),
            latest: plan.latestDoomed ? (plan.successor?.topHash ?? null) : latestState.topHash,
            warnings
        };
        if (req.dryRun || plan.doomed.length === 0)
            return result;
        // Re-point latest first (so it is never missing while revisions remain), conditionally.
        if (plan.successor) {
            const outcome = await registry.replaceLatest(req.name, plan.successor.topHash, latestState);
            // The successor may be the pointer of a push that lost its race and is taking it back:
            // latest must not stay on a revision without a pointer.
            const stays = outcome === 'written' &&
                (await registry.readPointer(req.name, plan.successor.name)) === plan.successor.topHash;
            if (outcome === 'written' && !stays)
                orphan = plan.successor.topHash;
            if (!stays) {
                if (round >= MAX_ROUNDS)
                    throw new errors/* DeleteConflictError */.id(req.name, round);
                if (!warnings.includes(movedWarning(req.name)))
                    warnings.push(movedWarning(req.name));
                continue;
            }
        }
        const stamps = plan.doomed.filter((p) => p.name !== 'latest');
        await registry.deletePointers(req.name, stamps.map((p) => p.name));
        removedBefore.push(...stamps);
        if (plan.latestDoomed && !plan.successor) {
            if (!(await registry.removeLatest(req.name, latestState))) {
                if (round >= MAX_ROUNDS)
                    throw new errors/* DeleteConflictError */.id(req.name, round);
                if (!warnings.includes(movedWarning(req.name)))
                    warnings.push(movedWarning(req.name));
                continue;
            }
        }
        return result;
    }
}
function movedWarning(name) {
    return `${name} changed while this delete ran (another run wrote latest): the plan was made again from the new state; revisions written meanwhile are kept.`;
}
/** Which pointers go in this round, among the revisions the first listing saw. */
function makePlan(pointers, req, target, seen, now, orphan) {
    const isSeen = (p) => p.name === 'latest' ? seen.hashes.has(p.topHash) : seen.names.has(p.name);
    const doomed = req.policy
        ? selectByPolicy(pointers, req.policy, now)
        : target === undefined
            ? pointers.filter(isSeen)
            : pointers.filter((p) => p.topHash === target && isSeen(p));
    // latest on a revision this delete chose whose pointer went away: it moves on again.
    const latest = pointers.find((p) => p.name === 'latest');
    if (latest !== undefined &&
        latest.topHash === orphan &&
        !doomed.includes(latest) &&
        !pointers.some((p) => p.name !== 'latest' && p.topHash === orphan)) {
        doomed.push(latest);
    }
    const latestDoomed = doomed.some((p) => p.name === 'latest');
    // quilt3 re-creates latest from the newest remaining timestamp pointer.
    const remaining = pointers.filter((p) => !doomed.includes(p) && p.name !== 'latest');
    return { doomed, latestDoomed, successor: latestDoomed ? newest(remaining) : undefined };
}
/**
 * The timestamp pointers a policy removes: outside the newest `keepLast` AND older than
 * `olderThanSeconds` (each condition alone when only one is given). Never `latest`, never a
 * pointer to the revision `latest` names, never a pointer whose name is not a timestamp.
 */
function selectByPolicy(pointers, policy, now) {
    const latest = pointers.find((p) => p.name === 'latest')?.topHash;
    const revisions = pointers
        .filter((p) => (0,registry_registry/* isTimestampPointer */.UF)(p.name))
        .sort((a, b) => Number(b.name) - Number(a.name));
    const nowSeconds = Math.floor(now.getTime() / 1000);
    return revisions.filter((p, i) => {
        if (p.topHash === latest)
            return false;
        const beyondKeep = policy.keepLast === undefined || i >= policy.keepLast;
        const old = policy.olderThanSeconds === undefined || nowSeconds - Number(p.name) > policy.olderThanSeconds;
        return beyondKeep && old;
    });
}
/** The time before which a policy's `olderThanSeconds` removes revisions. */
function retentionCutoff(policy, now) {
    if (policy.olderThanSeconds === undefined)
        return null;
    return new Date((Math.floor(now.getTime() / 1000) - policy.olderThanSeconds) * 1000);
}

;// CONCATENATED MODULE: ./src/quilt/ops/cleanup.ts
/**
 * Cleanup across packages: a name pattern (`team/*`, `*\/raw-*`) selects packages of the
 * registry, and each is handed to `deletePackage` with the same retention policy, top hash or
 * dry-run. Pointers only, as always; packages are processed a few at a time.
 */



/** Whether a name is a pattern (has `*`, `?` or `[`). */
function isNamePattern(name) {
    return /[*?[]/.test(name);
}
/** A package-name pattern: `*` and `?` within one part of the name (they never match `/`). */
function namePatternRegExp(pattern) {
    let re = '';
    for (const ch of pattern) {
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 'u');
}
/** Each matching package and what was (or would be) removed from it, in name order. */
async function cleanup(req) {
    if (req.policy && req.topHash !== undefined) {
        throw new errors/* QuiltError */.YH('A top hash cannot be combined with a retention policy: use one or the other.');
    }
    const re = namePatternRegExp(req.pattern);
    // A bad hash fails here, once; a good one need not be in every matching package.
    const topHash = req.topHash === undefined ? undefined : await resolveTopHash(req.registry, req.topHash);
    const names = (await req.registry.listPackages()).filter((n) => re.test(n));
    const results = await (0,quilt_concurrency/* mapLimit */.sf)(names, 8, async (name) => {
        try {
            return await deletePackage({
                name,
                registry: req.registry,
                topHash,
                policy: req.policy,
                dryRun: req.dryRun,
                now: req.now
            });
        }
        catch (e) {
            // The revision is not in this package, or the package went away since the listing.
            if (e instanceof errors/* RevisionNotFoundError */.pd || e instanceof errors/* PackageNotFoundError */.ci)
                return null;
            throw e;
        }
    });
    const out = new Map();
    names.forEach((n, i) => {
        const r = results[i];
        if (r)
            out.set(n, r);
    });
    return out;
}

;// CONCATENATED MODULE: ./src/action/execute.ts
/**
 * One request in, one operation run, the outputs out. Shared by the action and the command line.
 */











async function runBuild(inputs, clients, log) {
    const registry = await registryOf(inputs, clients, log);
    const source = await sourceOf(inputs, clients, log);
    const bytes = source.entries.reduce((n, e) => n + e.size, 0);
    log.info(`Building ${inputs.name} from ${source.display} (${plural(source.entries.length, 'file')}, ${report_formatBytes(bytes)}) into ${registry.display}`);
    const progress = new ProgressLine((l) => log.info(l), 'Hashed');
    const result = await build({
        name: inputs.name,
        source,
        registry,
        message: inputs.message,
        userMeta: inputs.meta,
        workflow: { source: workflowSource(registry, clients), choice: inputs.workflow },
        hashType: hashTypeOf(inputs, clients, log)
    }, {
        concurrency: inputs.concurrency,
        s3: source.kind === 's3' ? await clients.get() : undefined,
        dryRun: inputs.dryRun,
        onWarning: (w) => log.warning(w),
        onProgress: (p) => progress.update(p.bytesDone, p.bytesTotal, false, {
            done: p.filesDone,
            total: p.filesTotal
        })
    }).catch((e) => {
        throw asInputError(e);
    });
    progress.update(result.bytes, result.bytes, true, { done: result.files, total: result.files });
    log.info(`Package ${inputs.name}@${result.topHash.slice(0, 7)} built in ${registry.display}`);
    return packageResult('build', inputs, registry, log, {
        ...result,
        uploadedBytes: 0,
        reused: 0,
        changed: result.previousTopHash !== result.topHash,
        written: !inputs.dryRun
    });
}
async function runPush(inputs, clients, log) {
    const registry = await s3RegistryOf(inputs.registry.bucket, clients, log);
    const source = await sourceOf(inputs, clients, log);
    const bytes = source.entries.reduce((n, e) => n + e.size, 0);
    log.info(`Pushing ${inputs.name} from ${source.display} (${plural(source.entries.length, 'file')}, ${report_formatBytes(bytes)}) to ${registry.display}`);
    const hashing = new ProgressLine((l) => log.info(l), 'Hashed');
    const sending = new ProgressLine((l) => log.info(l), 'Uploaded');
    let result;
    try {
        const { push } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(620), __nccwpck_require__.e(118)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9118));
        result = await push({
            name: inputs.name,
            source,
            registry,
            dest: inputs.dest,
            message: inputs.message,
            userMeta: inputs.meta,
            force: inputs.force,
            dedupe: inputs.dedupe,
            dryRun: inputs.dryRun,
            workflow: { source: workflowSource(registry, clients), choice: inputs.workflow },
            hashType: hashTypeOf(inputs, clients, log)
        }, {
            concurrency: inputs.concurrency,
            onProgress: (p) => (p.phase === 'hashing' ? hashing : sending).update(p.bytesDone, p.bytesTotal, false, {
                done: p.filesDone,
                total: p.filesTotal
            }),
            onWarning: (w) => log.warning(w),
            onInfo: (m) => log.info(m)
        });
    }
    catch (e) {
        throw asInputError(e);
    }
    log.info(`${plural(result.transferred, 'file')} uploaded or copied (${report_formatBytes(result.uploadedBytes)}), ${plural(result.reused, 'file')} already in S3`);
    if (result.written) {
        log.info(`Package ${inputs.name}@${result.topHash.slice(0, 7)} pushed to ${registry.display}`);
    }
    return packageResult('push', inputs, registry, log, result);
}
async function runDelete(inputs, clients, log) {
    const registry = await registryOf(inputs, clients, log);
    const policy = inputs.keepLast !== undefined || inputs.olderThanSeconds !== undefined
        ? { keepLast: inputs.keepLast, olderThanSeconds: inputs.olderThanSeconds }
        : undefined;
    const pattern = isNamePattern(inputs.name);
    const verb = inputs.dryRun ? 'Would remove' : 'Removed';
    const now = new Date();
    const cutoff = policy ? retentionCutoff(policy, now) : null;
    if (policy)
        log.info(`Retention: ${describePolicy(policy, cutoff)}.`);
    let results;
    try {
        if (pattern) {
            results = await cleanup({
                pattern: inputs.name,
                registry,
                policy,
                topHash: inputs.topHash,
                dryRun: inputs.dryRun,
                now
            });
            if (results.size === 0) {
                log.warning(`No package of ${registry.display} matches ${inputs.name}: nothing to delete.`);
            }
        }
        else {
            const r = await deletePackage({
                name: inputs.name,
                registry,
                topHash: inputs.topHash,
                policy,
                dryRun: inputs.dryRun,
                now
            });
            results = new Map([[inputs.name, r]]);
        }
    }
    catch (e) {
        throw asInputError(e);
    }
    for (const [name, r] of results) {
        for (const w of r.warnings)
            log.warning(w);
        log.info(`${name}: ${verb.toLowerCase()} ${plural(r.pointersRemoved.length, 'pointer')} (${r.deleted.join(', ') || 'none'}), kept ${plural(r.kept.length, 'revision')}; manifests and data are kept.`);
        log.info(r.latest
            ? `${name}: latest ${inputs.dryRun ? 'would point' : 'points'} to ${r.latest}`
            : `${name} has no revisions left`);
    }
    // The messages of the revisions the summary shows.
    const shown = cleanupRows([...results].map(([name, r]) => ({ name, kept: r.kept, removed: r.removed })));
    const shownHashes = [...new Set(shown.tables.flatMap((t) => t.rows.map((p) => p.topHash)))];
    const messages = new Map(pattern || policy
        ? await (0,quilt_concurrency/* mapLimit */.sf)(shownHashes, 16, async (h) => [h, await (0,registry_registry/* readRevisionMessage */.NP)(registry, h)])
        : []);
    return deleteResult(inputs, registry, log, results, { pattern, policy, cutoff, messages });
}
async function execute(inputs, log, deps = {}) {
    const clients = new Clients(inputs, deps);
    try {
        switch (inputs.mode) {
            case 'build':
                return await runBuild(inputs, clients, log);
            case 'push':
                return await runPush(inputs, clients, log);
            case 'delete':
                return await runDelete(inputs, clients, log);
        }
    }
    finally {
        clients.close();
    }
}

// EXTERNAL MODULE: ./src/action/metadata.ts
var metadata = __nccwpck_require__(1705);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The command for people: `quilt-package-action <mode> --name ... --path ...`. Its flags are the
 * action's inputs as action.yml declares them (the same defaults, the same checks, the same
 * operation), parsed with node:util `parseArgs`; `--help` is written from action.yml too.
 * Progress goes to stderr, the outputs to stdout.
 */








const COMMAND = 'quilt-package-action';
/** The command's own options, beside the action's inputs. */
const COMMAND_OPTIONS = {
    json: 'print the outputs as one JSON object (numbers and booleans as JSON numbers and booleans)',
    version: 'print the version and exit',
    help: 'print this text and exit (also -h)'
};
/** A command line that cannot be run: exit code 2, the message and a pointer to --help. */
class UsageError extends Error {
    name = 'UsageError';
}
function unknownOption(flag, meta) {
    if (flag === 'mode') {
        return new UsageError(`The mode is the first argument, not a flag: ${COMMAND} build|push|delete --name ... Run with --help.`);
    }
    // Every flag there is: the inputs but mode (the first argument), and the command's own.
    const known = [
        ...Object.keys(meta.inputs).filter((n) => n !== 'mode'),
        ...Object.keys(COMMAND_OPTIONS)
    ];
    const near = closestNames(known, flag, 1);
    const hint = near.length > 0 ? ` Did you mean --${near[0]}?` : '';
    return new UsageError(`Unknown option --${flag}.${hint} Run with --help to list them.`);
}
/**
 * One flag in `--name=value` form, for parseArgs: a switch alone is `=true`, `--no-<switch>`
 * is `=false`, a flag's value may be the next argument. Returns how many arguments it used.
 */
function normalizeFlag(argv, i, meta, out) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const value = eq < 0 ? undefined : arg.slice(eq + 1);
    if (flag in COMMAND_OPTIONS) {
        if (value !== undefined)
            throw new UsageError(`Option --${flag} takes no value.`);
        out.push(arg);
        return 1;
    }
    const negated = flag.startsWith('no-') ? meta.inputs[flag.slice(3)] : undefined;
    if (negated && (0,metadata/* isSwitch */.Tb)(negated)) {
        if (value !== undefined)
            throw new UsageError(`Option --${flag} takes no value.`);
        out.push(`--${flag.slice(3)}=false`);
        return 1;
    }
    const spec = meta.inputs[flag];
    if (!spec || flag === 'mode')
        throw unknownOption(flag, meta);
    if (value !== undefined) {
        out.push(`--${flag}=${value}`);
        return 1;
    }
    if ((0,metadata/* isSwitch */.Tb)(spec)) {
        out.push(`--${flag}=true`);
        return 1;
    }
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`Option --${flag} needs a value (use --${flag}=VALUE for a value starting with --).`);
    }
    out.push(`--${flag}=${next}`);
    return 2;
}
/** Parse `<mode> --flag value --flag=value --switch --no-switch ...`; unknown flags are errors. */
function parseArgs(argv, meta = (0,metadata/* actionMetadata */.Sp)()) {
    const normalized = [];
    for (let i = 0; i < argv.length;) {
        const arg = argv[i];
        if (arg === '-h') {
            normalized.push('--help');
            i++;
        }
        else if (arg === '--') {
            normalized.push(...argv.slice(i));
            break;
        }
        else if (arg.startsWith('--'))
            i += normalizeFlag(argv, i, meta, normalized);
        else {
            normalized.push(arg);
            i++;
        }
    }
    const options = {};
    for (const name of Object.keys(COMMAND_OPTIONS))
        options[name] = { type: 'boolean' };
    for (const name of Object.keys(meta.inputs))
        if (name !== 'mode')
            options[name] = { type: 'string' };
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: normalized,
        options,
        allowPositionals: true,
        strict: true
    });
    const inputs = new Map();
    const [mode, ...extra] = positionals;
    if (extra.length > 0)
        throw new UsageError(`Unexpected argument '${extra[0]}'. Run with --help.`);
    if (mode !== undefined)
        inputs.set('mode', mode);
    for (const [name, value] of Object.entries(values)) {
        if (typeof value === 'string')
            inputs.set(name, value);
    }
    return {
        inputs,
        json: values.json === true,
        help: values.help === true,
        version: values.version === true
    };
}
/** `text` wrapped at `width` columns, each line indented by `indent`. */
function wrap(text, indent, width = 80) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent.length + line.length + 1 + word.length > width) {
            lines.push(indent + line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(indent + line);
    return lines.join('\n');
}
/** The flag as `--help` shows it, with what it defaults to. */
function flagLine(name, spec) {
    if (name === 'mode')
        return '  <mode>  (required: build, push or delete)';
    const form = (0,metadata/* isSwitch */.Tb)(spec) ? `--${name}, --no-${name}` : `--${name} VALUE`;
    const note = spec.required
        ? '  (required)'
        : spec.default !== ''
            ? `  (default: ${spec.default}${(0,metadata/* isSwitch */.Tb)(spec) ? `; or --${name}=true|false` : ''})`
            : '';
    return `  ${form}${note}`;
}
/** `--help`: written from action.yml, the same table the action and the README use. */
function usage(meta = (0,metadata/* actionMetadata */.Sp)()) {
    const parts = [
        `Usage: ${COMMAND} <mode> [--INPUT VALUE | --INPUT=VALUE ...] [--json]`,
        `       ${COMMAND} --help | --version`,
        '',
        wrap(meta.description, ''),
        '',
        "Inputs (the action's inputs as flags; defaults as in action.yml):"
    ];
    for (const [name, spec] of Object.entries(meta.inputs)) {
        parts.push(flagLine(name, spec), wrap(spec.description, '      '));
    }
    parts.push('', 'Options of the command:');
    for (const [name, text] of Object.entries(COMMAND_OPTIONS))
        parts.push(`  --${name}`, wrap(text, '      '));
    parts.push('', "Outputs (printed as 'name: value' lines, or one JSON object with --json):");
    for (const [name, spec] of Object.entries(meta.outputs)) {
        parts.push(`  ${name}`, wrap(spec.description, '      '));
    }
    parts.push('', 'AWS credentials come from your environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, ...); GitHub OIDC', '(role-to-assume) works only inside GitHub Actions. With --role-chaining, --role-to-assume is', 'assumed with the credentials of your environment (AssumeRole; no session tags are sent).', 'With --quilt-api-key and --catalog, the credentials come from the Quilt catalog instead.', '');
    return parts.join('\n');
}
/** The flags given as the action's inputs; parseInputs applies action.yml's defaults. */
function inputReader(given) {
    // `--workflow ''` (quilt3's CLI way of saying "no workflow") is the action's `(none)`.
    if (given.get('workflow') === '')
        given.set('workflow', action_inputs/* NO_WORKFLOW */.gk);
    return (name) => given.get(name) ?? '';
}
/**
 * `--quilt-api-key` signs in through the catalog, as in the action; `--role-to-assume` works
 * with `--role-chaining` only: AssumeRole with the environment's keys.
 */
async function signIn(inputs, info) {
    const auth = inputs.auth;
    if (auth.quiltApiKey !== undefined) {
        const { signInWithApiKey } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4209));
        const { catalog, key } = auth.quiltApiKey;
        // Nothing to mask outside Actions: the key and the credentials are never printed.
        const r = await signInWithApiKey(catalog, key, { mask: () => undefined, info }).catch((e) => {
            throw asInputError(e);
        });
        return { credentials: r.credentials, catalogConfig: r.config };
    }
    if (auth.roleToAssume === undefined)
        return {};
    if (!auth.roleChaining) {
        throw new action_inputs/* InputError */.dz('role-to-assume', "Input 'role-to-assume' signs in with GitHub OIDC, which only works inside GitHub Actions. Locally, use the AWS credentials of your environment (AWS_PROFILE, AWS_ACCESS_KEY_ID...), or add --role-chaining to assume the role with them.");
    }
    const { chainedCredentials, roleSettings } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695), __nccwpck_require__.e(726)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5726));
    // No tags: outside a workflow run there is no run to describe.
    return {
        credentials: chainedCredentials(
        // Inside a workflow run, the session name names it as the action's does.
        { ...roleSettings(inputs, await currentGitHubRun()), externalId: auth.externalId, tags: [] }, { mask: () => undefined, info })
    };
}
async function main(argv) {
    const meta = (0,metadata/* actionMetadata */.Sp)();
    let args;
    try {
        args = parseArgs(argv, meta);
    }
    catch (e) {
        // parseArgs' own errors (ERR_PARSE_ARGS_*) are usage errors too.
        process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
        return 2;
    }
    if (args.version) {
        process.stdout.write(`${COMMAND} ${(0,metadata/* packageVersion */.Tl)()}\n`);
        return 0;
    }
    if (args.help || args.inputs.size === 0) {
        process.stdout.write(usage(meta));
        return args.help ? 0 : 2;
    }
    try {
        const inputs = (0,action_inputs/* parseInputs */.TL)(inputReader(args.inputs));
        const log = {
            info: (m) => process.stderr.write(`${m}\n`),
            warning: (m) => process.stderr.write(`warning: ${m}\n`)
        };
        const result = await execute(inputs, log, await signIn(inputs, log.info));
        if (args.json)
            process.stdout.write(JSON.stringify(result.outputs) + '\n');
        else {
            for (const [k, v] of Object.entries(result.outputs)) {
                process.stdout.write(`${k}: ${outputText(v)}\n`);
            }
        }
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${errorMessage(e)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5547);
/* istanbul ignore file */

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ resolveConcurrency),
/* harmony export */   Gm: () => (/* binding */ forEachLimit),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   jf: () => (/* binding */ Semaphore),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   z2: () => (/* binding */ defaultHashThreads)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Bounded concurrency: a weighted semaphore (requests in flight, bytes held in memory) and a
 * jittered retry for operations the SDK cannot retry by itself.
 */

/**
 * Requests in flight to S3 by default: real S3 is latency-bound (tens of ms a request), so many
 * small files need many requests at once; bytes held in memory are capped separately.
 */
const DEFAULT_CONCURRENCY = 32;
/** Threads hashing local files by default: one per core (hashing is CPU-bound). */
function defaultHashThreads() {
    return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
}
/**
 * The `concurrency` input: S3 requests in flight at that number, hashing threads too but at most
 * one per core (more threads than cores only cost memory: 8 MiB each); else the defaults.
 */
function resolveConcurrency(n) {
    const cores = defaultHashThreads();
    return { s3Requests: n ?? DEFAULT_CONCURRENCY, hashThreads: Math.min(n ?? cores, cores) };
}
/** A counting semaphore whose permits may be taken several at a time (e.g. bytes). */
class Semaphore {
    capacity;
    available;
    waiters = [];
    constructor(capacity) {
        this.capacity = capacity;
        this.available = capacity;
    }
    /** Take `n` permits (at most the capacity), waiting until they are free. */
    async acquire(n = 1) {
        const want = Math.min(n, this.capacity);
        if (this.waiters.length === 0 && this.available >= want) {
            this.available -= want;
            return;
        }
        await new Promise((resolve) => this.waiters.push({ n: want, resolve }));
    }
    release(n = 1) {
        this.available += Math.min(n, this.capacity);
        while (this.waiters.length > 0 && this.available >= this.waiters[0].n) {
            const w = this.waiters.shift();
            this.available -= w.n;
            w.resolve();
        }
    }
    async use(n, fn) {
        await this.acquire(n);
        try {
            return await fn();
        }
        finally {
            this.release(n);
        }
    }
}
/**
 * Run `fn` over `items`, at most `limit` at once, taking items only as workers free up (no
 * promise per item is made ahead: memory stays flat however many items). The first failure
 * stops the taking of new items, is passed to `onFailure` (e.g. to abort requests in flight),
 * and is the one thrown once the items already started have settled: never an error caused by
 * the stop itself.
 */
async function forEachLimit(items, limit, fn, onFailure) {
    let next = 0;
    let failed = false;
    let firstError = undefined;
    const worker = async () => {
        while (next < items.length && !failed) {
            const i = next++;
            try {
                await fn(items[i], i);
            }
            catch (e) {
                if (!failed) {
                    failed = true;
                    firstError = e;
                    onFailure?.(e);
                }
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed)
        throw firstError instanceof Error ? firstError : new Error(String(firstError));
}
/** Run `fn` over `items` with at most `limit` at once; results in order (see `forEachLimit`). */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    await forEachLimit(items, limit, async (item, i) => {
        out[i] = await fn(item, i);
    });
    return out;
}
const defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Retry with full-jitter exponential backoff (`random * min(max, base * 2^n)`). */
async function retry(fn, o = {}) {
    const attempts = o.attempts ?? 5;
    const sleep = o.sleep ?? defaultSleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (e) {
            if (attempt >= attempts || !(o.retryable ?? (() => true))(e))
                throw e;
            const delay = Math.random() * Math.min(o.maxMs ?? 10_000, (o.baseMs ?? 200) * 2 ** (attempt - 1));
            o.onRetry?.(attempt, e, delay);
            await sleep(delay);
        }
    }
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ SourceReadError),
/* harmony export */   Oe: () => (/* binding */ WorkflowConfigError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   U3: () => (/* binding */ CommitUnknownError),
/* harmony export */   YH: () => (/* binding */ QuiltError),
/* harmony export */   ci: () => (/* binding */ PackageNotFoundError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   id: () => (/* binding */ DeleteConflictError),
/* harmony export */   jL: () => (/* binding */ FileChangedError),
/* harmony export */   jm: () => (/* binding */ EntryError),
/* harmony export */   lt: () => (/* binding */ DestinationError),
/* harmony export */   nc: () => (/* binding */ WorkflowValidationError),
/* harmony export */   pd: () => (/* binding */ RevisionNotFoundError),
/* harmony export */   tn: () => (/* binding */ WorkflowChoiceError)
/* harmony export */ });
/**
 * Typed errors of the engine. The action maps them to the input at fault by type (never by the
 * text of a message); each message says what happened and what to do.
 */
/** A quilt3 exception text (`QuiltException`, `URLParseError`, ...) raised for bad input. */
class QuiltError extends Error {
    name = 'QuiltError';
}
/**
 * A manifest that cannot be read as quilt3 8.0.0 reads one (`Package._from_path`): not UTF-8,
 * a line that is not a JSON object, a field quilt3 needs that is missing, a key that clashes.
 */
class ManifestError extends QuiltError {
    reason;
    constructor(
    /** What is wrong, and where (`line N: ...`). */
    reason) {
        super(`Invalid manifest: ${reason}`);
        this.reason = reason;
        this.name = 'ManifestError';
    }
}
/** Another writer moved `latest` since this run read it: nothing of ours is left as `latest`. */
class ConflictError extends QuiltError {
    packageName;
    expected;
    found;
    name = 'ConflictError';
    constructor(packageName, expected, found, action = 'push') {
        super(`Conflict: package '${packageName}' was changed by someone else during this ${action}: latest is now ${found ?? 'absent'}, ` +
            `but this ${action} started from ${expected ?? 'no revision'}. Nothing was overwritten. ` +
            (action === 'push'
                ? 'Re-run to build on the new latest, or set force: true to replace it.'
                : 'Re-run to build on the new latest.'));
        this.packageName = packageName;
        this.expected = expected;
        this.found = found;
    }
}
/**
 * The answer to the write of `latest` was lost and `latest` has moved on since: whether this
 * revision was `latest` in between cannot be told (an unversioned bucket keeps no history). Its
 * timestamp pointer is kept: the revision is complete, and may be another's parent.
 */
class CommitUnknownError extends QuiltError {
    packageName;
    topHash;
    revision;
    name = 'CommitUnknownError';
    constructor(packageName, topHash, revision) {
        super(`The answer to this run's write of latest for '${packageName}' was lost, and latest has moved on since: whether ${topHash} was latest in between cannot be told (the bucket keeps no version history). ` +
            `The revision is complete and keeps its timestamp pointer ${revision}. Check the package's history before re-running.`);
        this.packageName = packageName;
        this.topHash = topHash;
        this.revision = revision;
    }
}
/** `delete` kept finding the package moved under it and gave up without removing `latest`. */
class DeleteConflictError extends QuiltError {
    packageName;
    name = 'DeleteConflictError';
    constructor(packageName, rounds) {
        super(`Conflict: package '${packageName}' kept changing while this delete ran (${rounds} attempts): another run is writing it. ` +
            'Nothing that run wrote was removed. Re-run the delete when the package is quiet (e.g. in the same concurrency group as the publishers).');
        this.packageName = packageName;
    }
}
/** A package name with no revision in the registry. */
class PackageNotFoundError extends QuiltError {
    packageName;
    registry;
    closest;
    name = 'PackageNotFoundError';
    constructor(packageName, registry, closest) {
        super(`Package ${packageName} does not exist in ${registry}` +
            (closest.length > 0
                ? `; the closest names there are: ${closest.join(', ')}.`
                : ' (the registry has no package with a similar name).') +
            ' Check the name; nothing was deleted.');
        this.packageName = packageName;
        this.registry = registry;
        this.closest = closest;
    }
}
/** A push destination (`dest`) outside the registry bucket, or with a version. */
class DestinationError extends QuiltError {
    name = 'DestinationError';
}
/** A top hash (or prefix) that names no revision, or several. */
class RevisionNotFoundError extends QuiltError {
    name = 'RevisionNotFoundError';
}
/** A source file that changed (size, mtime or inode) while the run read it. */
class FileChangedError extends QuiltError {
    path;
    name = 'FileChangedError';
    constructor(path, what) {
        super(`${path} changed while this run read it (${what}): the package would not record what is in S3. ` +
            'Nothing was published; re-run when the files no longer change.');
        this.path = path;
    }
}
/** A file or folder of the source that cannot be read. */
class SourceReadError extends QuiltError {
    path;
    code;
    name = 'SourceReadError';
    constructor(path, code, what) {
        super(`Cannot read the ${what} ${path} (${code}): a package is every file below 'path', so none may be left out. ` +
            (code === 'EACCES' || code === 'EPERM'
                ? `Give the job read permission on it, or list it in .quiltignore.`
                : `Fix it, or list it in .quiltignore.`));
        this.path = path;
        this.code = code;
    }
}
/**
 * The first failure of a transfer (upload, copy, hash of an entry): which entry, then the cause
 * (kept as `cause`, so the action can explain an S3 error with the permission to add).
 */
class EntryError extends QuiltError {
    logicalKey;
    source;
    cause;
    name = 'EntryError';
    constructor(logicalKey, source, cause) {
        super(`${logicalKey} (${source}): ${cause instanceof Error ? cause.message : String(cause)}`);
        this.logicalKey = logicalKey;
        this.source = source;
        this.cause = cause;
    }
}
/** A config or schema that cannot be used (quilt3 `ConfigurationError`). */
class WorkflowConfigError extends QuiltError {
    name = 'WorkflowConfigError';
}
/**
 * The workflow asked for (the `workflow` input, or none) cannot be used with this registry's
 * config: none exists, it has no such workflow, or it requires one. quilt3 raises these as
 * `QuiltException`, with the same messages.
 */
class WorkflowChoiceError extends QuiltError {
    name = 'WorkflowChoiceError';
}
/** The package does not pass its workflow (quilt3 `WorkflowValidationError`). */
class WorkflowValidationError extends QuiltError {
    violations;
    name = 'WorkflowValidationError';
    constructor(message, 
    /** Every violation, `<JSON path>: <message>`. */
    violations = []) {
        super(message);
        this.violations = violations;
    }
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ crc64nvmeKernel)
/* harmony export */ });
/**
 * CRC-64/NVME (the checksum S3 computes by default, and quilt's `CRC64NVME` hash type):
 * reflected polynomial 0x9a6c9329ac4bc9b5, initial value and final xor all ones. Checked by the
 * standard check value: CRC-64/NVME("123456789") = 0xae8b14860a799888.
 *
 * `crc64nvmeKernel` is self-contained (no reference outside itself): the hashing workers run it
 * from its source text, and the main thread calls it directly, so the algorithm is stated once.
 * It works on 32-bit halves with slice-by-8 tables (no BigInt in the loop).
 */
function crc64nvmeKernel() {
    // t[k * 512 + 2 * i] = high half, + 1 = low half of the k-th slice table at byte i.
    const t = new Uint32Array(8 * 512);
    const POLY_HI = 0x9a6c9329;
    const POLY_LO = 0xac4bc9b5;
    for (let i = 0; i < 256; i++) {
        let hi = 0;
        let lo = i;
        for (let b = 0; b < 8; b++) {
            const carry = lo & 1;
            lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
            hi = hi >>> 1;
            if (carry) {
                hi = (hi ^ POLY_HI) >>> 0;
                lo = (lo ^ POLY_LO) >>> 0;
            }
        }
        t[2 * i] = hi;
        t[2 * i + 1] = lo;
    }
    for (let k = 1; k < 8; k++) {
        for (let i = 0; i < 256; i++) {
            const prev = (k - 1) * 512 + 2 * i;
            const hi = t[prev];
            const lo = t[prev + 1];
            const j = 2 * (lo & 255);
            t[k * 512 + 2 * i] = (hi >>> 8) ^ t[j];
            t[k * 512 + 2 * i + 1] = (((lo >>> 8) | ((hi & 255) << 24)) ^ t[j + 1]) >>> 0;
        }
    }
    return {
        start: () => ({ hi: 0xffffffff, lo: 0xffffffff }),
        update(s, data) {
            let hi = s.hi;
            let lo = s.lo;
            const n = data.length;
            let i = 0;
            const end8 = n - (n % 8);
            while (i < end8) {
                lo ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
                hi ^= data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
                i += 8;
                const a = 7 * 512 + 2 * (lo & 255);
                const b = 6 * 512 + 2 * ((lo >>> 8) & 255);
                const c = 5 * 512 + 2 * ((lo >>> 16) & 255);
                const d = 4 * 512 + 2 * (lo >>> 24);
                const e = 3 * 512 + 2 * (hi & 255);
                const f = 2 * 512 + 2 * ((hi >>> 8) & 255);
                const g = 512 + 2 * ((hi >>> 16) & 255);
                const h = 2 * (hi >>> 24);
                hi = t[a] ^ t[b] ^ t[c] ^ t[d] ^ t[e] ^ t[f] ^ t[g] ^ t[h];
                lo =
                    t[a + 1] ^
                        t[b + 1] ^
                        t[c + 1] ^
                        t[d + 1] ^
                        t[e + 1] ^
                        t[f + 1] ^
                        t[g + 1] ^
                        t[h + 1];
            }
            while (i < n) {
                const j = 2 * ((lo ^ data[i++]) & 255);
                lo = ((lo >>> 8) | ((hi & 255) << 24)) ^ t[j + 1];
                hi = (hi >>> 8) ^ t[j];
            }
            s.hi = hi >>> 0;
            s.lo = lo >>> 0;
        },
        digest(s) {
            const out = new Uint8Array(8);
            const hi = (s.hi ^ 0xffffffff) >>> 0;
            const lo = (s.lo ^ 0xffffffff) >>> 0;
            out[0] = hi >>> 24;
            out[1] = (hi >>> 16) & 255;
            out[2] = (hi >>> 8) & 255;
            out[3] = hi & 255;
            out[4] = lo >>> 24;
            out[5] = (lo >>> 16) & 255;
            out[6] = (lo >>> 8) & 255;
            out[7] = lo & 255;
            return out;
        }
    };
}


/***/ }),

/***/ 5397:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SHA256_CHUNKED),
/* harmony export */   T2: () => (/* binding */ HASH_TYPES),
/* harmony export */   VR: () => (/* binding */ partCount),
/* harmony export */   YH: () => (/* binding */ combineParts),
/* harmony export */   ZL: () => (/* binding */ chunkSize),
/* harmony export */   _S: () => (/* binding */ quiltHashFromSinglePartChecksum),
/* harmony export */   _i: () => (/* binding */ crc64Base64),
/* harmony export */   fN: () => (/* binding */ CRC64NVME),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   xf: () => (/* binding */ MULTIPART_THRESHOLD),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* unused harmony exports SHA256_LEGACY, READABLE_HASH_TYPES, combinePartDigests, legacySha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _crc64_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(201);
/**
 * The hash arithmetic of the spec (§5): `sha2-256-chunked` (quilt3 8 writes only this), `CRC64NVME`
 * (quilt3 8 reads and verifies it; the catalog and quilt-rs write it) and legacy `SHA256`: part
 * sizes, the combination of the parts' digests, and S3's checksums read as quilt hashes.
 */


const MiB = 1024 * 1024;
/** quilt3 `CHECKSUM_MULTIPART_THRESHOLD`: from this size on, pushes use multipart uploads. */
const MULTIPART_THRESHOLD = 8 * MiB;
const MIN_CHUNK = 8 * MiB;
const MAX_PARTS = 10_000;
const SHA256_CHUNKED = 'sha2-256-chunked';
const CRC64NVME = 'CRC64NVME';
const SHA256_LEGACY = 'SHA256';
const HASH_TYPES = [SHA256_CHUNKED, CRC64NVME];
/** The hash types quilt3 8.0.0 reads (`SUPPORTED_HASH_TYPES`). */
const READABLE_HASH_TYPES = [SHA256_LEGACY, SHA256_CHUNKED, CRC64NVME];
/** quilt3 `get_checksum_chunksize`: 8 MiB, doubled until the file has at most 10,000 parts. */
function chunkSize(size) {
    let chunk = MIN_CHUNK;
    while (Math.ceil(size / chunk) > MAX_PARTS)
        chunk *= 2;
    return chunk;
}
/** Number of parts of the quilt hash (and of a quilt multipart upload); 0 for an empty file. */
function partCount(size) {
    return Math.ceil(size / chunkSize(size));
}
/** `b64(sha256(d1 ‖ d2 ‖ … ‖ dn))`; with no parts, `b64(sha256(""))`. */
function combinePartDigests(digests) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const d of digests)
        h.update(d);
    return h.digest('base64');
}
/** The quilt hash of bytes held in memory (manifests, tests, small objects). */
function hashBytes(data, type = SHA256_CHUNKED) {
    if (type === CRC64NVME)
        return crc64Base64(data);
    const size = data.length;
    const chunk = chunkSize(size);
    const digests = [];
    for (let off = 0; off < size; off += chunk) {
        digests.push((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(data.subarray(off, off + chunk))
            .digest());
    }
    return combinePartDigests(digests);
}
/** The hash of a file from its parts' digests, in order (an empty file has no part). */
function combineParts(type, parts) {
    if (type === SHA256_CHUNKED)
        return combinePartDigests(parts.map((p) => p.digest));
    let crc = 0n;
    let opSize = -1;
    let op = 0n;
    parts.forEach((p, i) => {
        const value = BigInt('0x' + Buffer.from(p.digest).toString('hex'));
        if (i === 0) {
            crc = value;
            return;
        }
        if (p.size !== opSize) {
            op = xPow8nModP(p.size);
            opSize = p.size;
        }
        crc = multModP(op, crc) ^ value;
    });
    return crc64ToBase64(crc);
}
let kernel;
/** `CRC64NVME` of bytes in memory: base64 of the 8-byte big-endian CRC-64/NVME (quilt3, S3). */
function crc64Base64(data) {
    kernel ??= (0,_crc64_js__WEBPACK_IMPORTED_MODULE_1__/* .crc64nvmeKernel */ .O)();
    const s = kernel.start();
    kernel.update(s, data);
    return Buffer.from(kernel.digest(s)).toString('base64');
}
function crc64ToBase64(crc) {
    return Buffer.from(crc.toString(16).padStart(16, '0'), 'hex').toString('base64');
}
// CRC combination (as zlib's crc32_combine, for CRC-64/NVME): CRC(A ‖ B) = x^(8|B|)·CRC(A) ⊕
// CRC(B) modulo the polynomial, in the reflected bit order. Part CRCs computed in parallel are
// combined into the whole file's CRC, the value S3 gives for a full-object CRC64NVME.
const POLY = 0x9a6c9329ac4bc9b5n;
const TOP = 1n << 63n;
/** a·b modulo the polynomial (reflected: bit 63 is x^0). */
function multModP(a, b) {
    let m = TOP;
    let p = 0n;
    for (;;) {
        if (a & m) {
            p ^= b;
            if ((a & (m - 1n)) === 0n)
                break;
        }
        m >>= 1n;
        b = b & 1n ? (b >> 1n) ^ POLY : b >> 1n;
    }
    return p;
}
/** x^(8n) modulo the polynomial: the operator that appends n zero bytes. */
function xPow8nModP(n) {
    let p = TOP; // x^0
    let square = TOP >> 8n; // x^8 (one byte)
    for (let k = n; k > 0; k = Math.floor(k / 2)) {
        if (k % 2 === 1)
            p = multModP(square, p);
        square = multModP(square, square);
    }
    return p;
}
/** Legacy `SHA256`: lower-case hex sha256 of the whole content. */
function legacySha256(data) {
    return createHash('sha256').update(data).digest('hex');
}
/**
 * quilt3 `_simple_s3_to_quilt_checksum`: S3's single-request `ChecksumSHA256` (sha256 of the
 * whole object) as a quilt hash: hashed once more, except for the empty object.
 */
function quiltHashFromSinglePartChecksum(checksumB64) {
    const digest = Buffer.from(checksumB64, 'base64');
    if (digest.equals((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').digest()))
        return checksumB64;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(digest).digest('base64');
}


/***/ }),

/***/ 7000:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ readHash),
/* harmony export */   Xs: () => (/* binding */ NewEntry),
/* harmony export */   lP: () => (/* binding */ Package),
/* harmony export */   tw: () => (/* binding */ newHash),
/* harmony export */   uA: () => (/* binding */ maxRecordSizeFromEnv)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_RECORD_SIZE, hashObject, compareLogicalKeys, NO_META */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _py_json_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5063);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2378);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5126);
/* harmony import */ var _py_repr_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7526);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5397);
/**
 * The package model and its manifest: tree-walk order, manifest lines (read and write, byte for
 * byte like quilt3 8.0.0) and the top hash (spec §2, §4).
 */







/** quilt3 `QUILT_MANIFEST_MAX_RECORD_SIZE` default. */
const DEFAULT_MAX_RECORD_SIZE = 1_000_000;
/** The record limit from `QUILT_MANIFEST_MAX_RECORD_SIZE`, as quilt3 reads it. */
function maxRecordSizeFromEnv(env = process.env) {
    const raw = env.QUILT_MANIFEST_MAX_RECORD_SIZE;
    if (!raw)
        return DEFAULT_MAX_RECORD_SIZE;
    const n = pyInt(raw);
    if (n === null || n <= 0n) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH('QUILT_MANIFEST_MAX_RECORD_SIZE must be a positive integer');
    }
    return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}
/**
 * Python `int(text)` for the values people write: surrounding whitespace, a sign, `_` between
 * digits, compatibility digits such as fullwidth ones (NFKC). Other scripts' digits are refused.
 */
function pyInt(text) {
    const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(text.normalize('NFKC'));
    if (!m)
        return null;
    const v = BigInt(m[2].replace(/_/g, ''));
    return m[1] === '-' ? -v : v;
}
/** A hash object in quilt3's key order. */
function hashObject(h) {
    return (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyObject */ .LP)([
        ['type', h.type],
        ['value', h.value]
    ]);
}
/** The `{type, value}` of a hash object, when it has that shape. */
function readHash(h) {
    if (!(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(h))
        return null;
    const type = h.get('type');
    const value = h.get('value');
    return typeof type === 'string' && typeof value === 'string' ? { type, value } : null;
}
/**
 * Tree-walk order (spec §2.1): per level, by code point, which is comparing the `/`-separated
 * components in turn. Treating `/` as lower than every character gives the same order.
 */
function compareLogicalKeys(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y) {
            if (x === 0x2f)
                return -1;
            if (y === 0x2f)
                return 1;
            return (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodePoints */ .OP)(a.slice(i, i + 1), b.slice(i, i + 1));
        }
    }
    return a.length - b.length;
}
/** An in-memory package: the package-line metadata, entries, directory metadata. */
class Package {
    /** The package line (`version`, `user_meta`, `workflow`, `message`, ...), in order. */
    meta = (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyObject */ .LP)([['version', 'v0']]);
    entries = new Map();
    /** Directories (`a`, `a/b`) that hold entries or metadata. */
    dirs = new Set();
    /** Directory metadata by directory path (no trailing `/`). */
    dirMeta = new Map();
    /** Whether the entries were added in walk order (a read manifest's are): no sort to walk. */
    inWalkOrder = true;
    lastKey = null;
    /**
     * A read manifest's entries while they come in strict walk order, with no directory line and
     * no entry below another: no index is built (`get` searches them). Indexed on any other use.
     */
    sortedEntries = null;
    /**
     * A read manifest's entry lines of quilt3's shape (each one's fields are places in the bytes).
     * While `lazy`, they are all the entries, in strict walk order: no entry is made until one is
     * asked for (`get`), and `walk` makes them all (then `sortedEntries` holds them).
     */
    lines = null;
    lazy = false;
    /** The directory of the last entry added: a known one. */
    lastDir = null;
    get size() {
        if (this.lazy)
            return this.lines.length;
        return this.sortedEntries?.length ?? this.entries.size;
    }
    get(logicalKey) {
        if (this.lazy)
            return this.lines.find(logicalKey);
        const list = this.sortedEntries;
        if (list === null)
            return this.entries.get(logicalKey);
        let lo = 0;
        let hi = list.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const c = compareLogicalKeys(list[mid].logicalKey, logicalKey);
            if (c === 0)
                return list[mid];
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return undefined;
    }
    /** Add or replace an entry (quilt3 `Package._set` rules for keys and conflicts). */
    set(entry) {
        (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .validateLogicalKey */ .$r)(entry.logicalKey);
        this.index();
        this.insert(entry);
    }
    /**
     * The logical key and size of each entry, in walk order, without making the entries of a read
     * manifest (a parent of a million entries costs a string and a number at a time).
     */
    *keysAndSizes() {
        if (!this.lazy) {
            for (const e of this.walk())
                yield { logicalKey: e.logicalKey, size: e.size };
            return;
        }
        const lines = this.lines;
        for (let i = 0; i < lines.length; i++)
            yield lines.keyAndSize(i);
    }
    /** The lines of a read manifest made into its entries, kept in walk order. */
    unfold() {
        if (!this.lazy)
            return;
        this.lazy = false;
        this.sortedEntries = this.lines.entries();
    }
    /** Index the entries kept in walk order (then every check runs as for any package). */
    index() {
        this.unfold();
        const list = this.sortedEntries;
        if (list === null)
            return;
        this.sortedEntries = null;
        for (const e of list)
            this.insert(e, true);
    }
    /** Add without validating the key (quilt3 `_load` takes keys from a manifest as they are). */
    insert(entry, isNew = !this.entries.has(entry.logicalKey)) {
        const key = entry.logicalKey;
        if (this.dirs.has(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH(`Cannot overwrite directory ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_6__/* .pyRepr */ .n)(key.split('/').pop())} with PackageEntry`);
        }
        const slash = key.lastIndexOf('/');
        // A directory already known has had each of its ancestors checked and added, and no entry
        // can be added at a known directory since: nothing to check again. Consecutive entries of
        // a read manifest mostly share theirs.
        if (slash >= 0 && !(slash === this.lastDir?.length && key.startsWith(this.lastDir))) {
            const dir = key.slice(0, slash);
            if (!this.dirs.has(dir))
                this.ensureDirs(dir.split('/'));
            this.lastDir = dir;
        }
        if (isNew) {
            if (this.lastKey !== null && compareLogicalKeys(this.lastKey, key) >= 0) {
                this.inWalkOrder = false;
            }
            this.lastKey = key;
        }
        this.entries.set(key, entry);
    }
    ensureDirs(parts) {
        for (let i = 1; i <= parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            if (this.entries.has(dir)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH(`Already a PackageEntry for ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_6__/* .pyRepr */ .n)(parts[i - 1])} along the path [${parts.map(_py_repr_js__WEBPACK_IMPORTED_MODULE_6__/* .pyRepr */ .n).join(', ')}]: ${String(this.entries.get(dir).physicalKey)}`);
            }
            this.dirs.add(dir);
        }
    }
    /** Directory metadata (the `meta` of a directory line); `dir` without trailing `/`. */
    setDirMeta(dir, meta) {
        this.index();
        this.ensureDirs(dir.split('/'));
        this.dirMeta.set(dir, meta);
    }
    /** quilt3 `Package.set_meta`: the package's `user_meta` (any JSON value, null included). */
    setUserMeta(userMeta) {
        this.meta.set('user_meta', userMeta);
    }
    /** quilt3 `_set_commit_message`: `message` is always present after build/push. */
    setMessage(message) {
        this.meta.set('message', message);
    }
    /** Entries in tree-walk order. */
    walk() {
        this.unfold();
        if (this.sortedEntries !== null)
            return this.sortedEntries.slice();
        const entries = [...this.entries.values()];
        return this.inWalkOrder
            ? entries
            : entries.sort((a, b) => compareLogicalKeys(a.logicalKey, b.logicalKey));
    }
    /** Directory lines in walk order (pre-order), only directories with truthy metadata. */
    dirLines() {
        return [...this.dirMeta.entries()]
            .filter(([, meta]) => (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyTruthy */ .Kn)(meta))
            .sort(([a], [b]) => compareLogicalKeys(a, b))
            .map(([dir, meta]) => ({ logicalKey: dir + '/', meta }));
    }
    /** The top hash (spec §4); every entry must have its hash. */
    topHash(entries) {
        if (this.meta.has('top_hash'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH("'top_hash' cannot be a metadata key");
        const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
        h.update((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toHashJson */ .wQ)(this.meta));
        const w = new RecordWriter(h);
        // A read manifest's lines: their records from their bytes, no entry made.
        if (entries === undefined && this.lazy)
            this.lines.writeHashRecords(w);
        for (const e of entries ?? (this.lazy ? [] : this.walk())) {
            if (e instanceof LineEntry)
                e.writeHashRecord(w);
            else
                w.text(hashRecord(e));
        }
        w.flush();
        return h.digest('hex');
    }
    /**
     * The manifest bytes (spec §2): package line, directory lines (unless `withDirMeta` is false,
     * as push drops them), entry lines. Each record is checked against `maxRecordSize`.
     */
    toManifest(options = {}) {
        const limit = options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
        const lines = [checkRecord((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toManifestJson */ .VL)(this.meta), null, limit)];
        if (options.withDirMeta ?? true) {
            for (const d of this.dirLines()) {
                const line = (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyObject */ .LP)([
                    ['logical_key', d.logicalKey],
                    ['meta', d.meta]
                ]);
                lines.push(checkRecord((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toManifestJson */ .VL)(line), d.logicalKey, limit));
            }
        }
        for (const e of options.entries ?? this.walk()) {
            lines.push(checkRecord(entryLine(e), e.logicalKey, limit));
        }
        // The last newline joined in: `join(...) + '\n'` would be copied once more to be encoded.
        lines.push('');
        return node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(lines.join('\n'), 'utf-8');
    }
    /** Check the package line alone against the record limit (before any hashing). */
    checkMetaRecord(maxRecordSize = DEFAULT_MAX_RECORD_SIZE) {
        checkRecord((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toManifestJson */ .VL)(this.meta), null, maxRecordSize);
    }
    /**
     * Read a manifest's bytes as quilt3 `Package._from_path` does: strict UTF-8 (a byte order mark
     * is kept, and refused as JSON), then `fromManifest`. The package may keep `bytes` (its entries
     * read their fields from them on first use): they must not change afterwards. `exact` reads
     * every line with the exact parser (the reference the reading of quilt3's own lines is tested
     * against).
     */
    static fromManifestBytes(bytes, resolveLocal, { exact = false } = {}) {
        const buf = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh("it is not UTF-8 ('utf-8' codec can't decode it)");
        // A `\r` makes the newline rules matter: the text is read whole then.
        if (buf.indexOf(0x0d) >= 0) {
            return Package.fromManifest(buf.toString('utf-8'), resolveLocal, { exact });
        }
        return Package.readBytes(buf, resolveLocal, exact);
    }
    /**
     * Read a manifest as quilt3 `Package._from_path` and `_load` do. The file is read as text with
     * universal newlines: `\r\n` and a lone `\r` end a line as `\n` does. Line 1 is the package
     * metadata (`top_hash` dropped). A line whose `physical_keys` is falsy sets metadata on the
     * node its key's parent names (`_ensure_subpackage(path[:-1]).set_meta(meta)`): `a/b/` the
     * directory `a/b`, `a/b` the directory `a`, a key without `/` the package's `user_meta`, and
     * an entry's `user_meta` when the parent is an entry. Other lines are entries, whose `size`,
     * `hash` and `meta` are kept as read. `resolveLocal` resolves `file://` paths (quilt3 applies
     * `os.path.realpath`). Whatever quilt3 refuses to load is a ManifestError.
     */
    static fromManifest(text, resolveLocal, { exact = false } = {}) {
        const normalized = text.replace(/\r\n?/g, '\n');
        // Text that UTF-8 can hold is read as its bytes (the lines of quilt3's shape without the
        // generic parser); a lone surrogate (only a string can hold one) leaves the exact parser alone.
        if (!_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .LONE_SURROGATE */ .uG.test(normalized)) {
            return Package.readBytes(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(normalized, 'utf-8'), resolveLocal, exact);
        }
        const lines = normalized.split('\n');
        if (lines[lines.length - 1] === '')
            lines.pop();
        if (lines.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh('it is empty');
        const pkg = new Package();
        lines.forEach((line, i) => {
            try {
                if (i === 0)
                    pkg.readHead(line);
                else
                    pkg.readLine(line, resolveLocal);
            }
            catch (e) {
                throw lineError(i + 1, e);
            }
        });
        return pkg;
    }
    /**
     * Read the lines of UTF-8 `bytes` without `\r`: the runs between `\n` bytes (a byte below 0x80
     * is never part of a longer character), each decoded on its own when it must be.
     */
    static readBytes(buf, resolveLocal, exact) {
        if (buf.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh('it is empty');
        const pkg = new Package();
        const lines = (pkg.lines = new LineIndex(buf, resolveLocal));
        pkg.lazy = true;
        let n = 0;
        for (let pos = 0; pos < buf.length;) {
            let end = buf.indexOf(0x0a, pos);
            if (end < 0)
                end = buf.length;
            n++;
            try {
                if (n === 1)
                    pkg.readHead(buf.toString('utf-8', pos, end));
                else {
                    const i = exact ? -1 : lines.scan(pos, end);
                    if (i < 0)
                        pkg.readLine(buf.toString('utf-8', pos, end), resolveLocal);
                    else
                        pkg.readLineAt(i);
                }
            }
            catch (e) {
                throw lineError(n, e);
            }
            pos = end + 1;
        }
        return pkg;
    }
    readHead(line) {
        const head = parseLine(line);
        head.delete('top_hash');
        this.meta.clear();
        for (const [k, v] of head)
            this.meta.set(k, v);
    }
    /** Entry line `i` of `lines` (of quilt3's shape): checked as `readLine` checks it. */
    readLineAt(i) {
        const lines = this.lines;
        if (this.lazy) {
            // After the last key, and not below it (an entry cannot be a directory): then neither a
            // duplicate nor a conflict with any entry before (those would sort between the two).
            if (i === 0 || lines.follows(i - 1, i)) {
                lines.checkPhysicalKey(i);
                return;
            }
            this.lazy = false;
            this.sortedEntries = lines.entries(i);
            this.index();
        }
        // The package holds it from now on: not kept by the index.
        const e = new LineEntry(lines, i);
        if (this.entries.has(e.logicalKey)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(`Duplicate logical key ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_6__/* .pyRepr */ .n)(e.logicalKey.split('/').pop())}`);
        }
        e.checkPhysicalKey();
        this.insert(e, true);
    }
    /** Any line but the first, read by the exact parser. */
    readLine(line, resolveLocal) {
        this.index();
        const obj = parseLine(line);
        const lk = obj.get('logical_key');
        if (typeof lk !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh('no string "logical_key"');
        const pks = obj.get('physical_keys');
        if (pks === undefined || !(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyTruthy */ .Kn)(pks)) {
            this.setLoadedMeta(lk.split('/'), field(obj, 'meta'));
            return;
        }
        if (this.entries.has(lk)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(`Duplicate logical key ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_6__/* .pyRepr */ .n)(lk.split('/').pop())}`);
        }
        const url = Array.isArray(pks) ? pks[0] : undefined;
        if (typeof url !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh('"physical_keys" is not a list of URLs');
        const size = field(obj, 'size');
        const hash = field(obj, 'hash');
        const meta = field(obj, 'meta');
        const exact = typeof size === 'bigint' && size >= 0n && size <= BigInt(Number.MAX_SAFE_INTEGER);
        this.insert({
            logicalKey: lk,
            physicalKey: _names_js__WEBPACK_IMPORTED_MODULE_3__/* .PhysicalKey */ .ll.fromUrl(url, resolveLocal),
            size: typeof size === 'bigint' || typeof size === 'number' ? Number(size) : NaN,
            ...(exact ? {} : { sizeValue: size }),
            hash,
            // quilt3: `self._meta = meta or {}`
            meta: (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyTruthy */ .Kn)(meta) ? meta : (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyObject */ .LP)()
        });
    }
    /** quilt3 `_load` for a line without physical keys: `set_meta` on the key's parent node. */
    setLoadedMeta(parts, meta) {
        const node = parts.slice(0, -1);
        if (node.length === 0) {
            this.setUserMeta(meta);
            return;
        }
        const key = node.join('/');
        const entry = this.entries.get(key);
        if (entry === undefined) {
            this.setDirMeta(key, meta);
            return;
        }
        // The walk to the node stops at an entry: only the last step may reach one.
        this.ensureDirs(node.slice(0, -1));
        if (!(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(entry.meta)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(`cannot set metadata on ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_6__/* .pyRepr */ .n)(key)}: its "meta" is not an object`);
        }
        entry.meta.set('user_meta', meta);
    }
}
/** An error met reading line `n`, told as quilt3's loading refusal of that line. */
function lineError(n, e) {
    if (e instanceof _py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonSyntaxError */ .q3) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(`line ${n}: ${e.reason} at column ${e.column}`);
    }
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(`line ${n}: ${e.reason}`);
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(`line ${n}: ${e.message}`);
    return e;
}
/** One manifest line: a JSON object. */
function parseLine(line) {
    const v = (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePyJson */ .j5)(line);
    if (!(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh('not a JSON object');
    return v;
}
/** A field quilt3 reads as `obj[name]` (a KeyError when it is missing). */
function field(obj, name) {
    const v = obj.get(name);
    if (v === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(`no ${JSON.stringify(name)}`);
    return v;
}
/**
 * Printable ASCII without `"` or `\\`: the text JSON writes between the quotes as it is, in the
 * manifest's form and in the top hash's (`ensure_ascii`) alike.
 */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/**
 * A new entry (its hash computed by this run, no metadata, an integer size) whose logical key
 * and physical key are plain text: its lines are written without the generic encoder.
 */
function isPlainNewEntry(e) {
    return (e.hash instanceof NewHash &&
        e.hash.plain &&
        e.meta === NO_META &&
        e.sizeValue === undefined &&
        Number.isSafeInteger(e.size) &&
        e.size >= 0 &&
        PLAIN_TEXT.test(e.logicalKey));
}
/** An entry's record in the top hash (spec §4): `{"hash", "logical_key", "meta", "size"}`. */
function hashRecord(e) {
    if (isPlainNewEntry(e)) {
        const h = e.hash;
        return `{"hash":{"type":"${h.hashType}","value":"${h.hashValue}"},"logical_key":"${e.logicalKey}","meta":{},"size":${e.size}}`;
    }
    if (e.hash === null || e.sizeValue === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`);
    }
    const size = e.sizeValue === undefined ? String(e.size) : (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toHashJson */ .wQ)(e.sizeValue);
    // Already in sorted key order.
    return `{"hash":${(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toHashJson */ .wQ)(e.hash)},"logical_key":${(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteHashString */ .WH)(e.logicalKey)},"meta":${(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toHashJson */ .wQ)(e.meta)},"size":${size}}`;
}
/** A constant text, and its bytes as little-endian 4-byte words (compared 4 bytes at a time). */
class Piece {
    bytes;
    words;
    length;
    constructor(text) {
        this.bytes = ascii(text);
        this.length = this.bytes.length;
        const view = new DataView(this.bytes.buffer);
        this.words = Int32Array.from({ length: this.bytes.length >>> 2 }, (_, k) => view.getInt32(k * 4, true));
    }
}
// The entry line quilt3 writes (`PackageEntry.as_dict`, `json.dumps` with its default separators),
// piece by piece around its five values.
const LK_OPEN = new Piece('{"logical_key": "');
const PK_OPEN = new Piece('", "physical_keys": ["');
const SIZE_OPEN = new Piece('"], "size": ');
const HASH_OPEN = new Piece(', "hash": {"type": "');
const VALUE_OPEN = new Piece('", "value": "');
const META_OPEN = new Piece('"}, "meta": ');
const CHUNKED_TYPE = new Piece(_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA256_CHUNKED */ .Bg);
/** The most digits a size may have to be read here: any 15-digit integer is below 2^53. */
const MAX_FAST_DIGITS = 15;
function ascii(s) {
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
/** Whether `bytes` holds `text` at `at`. */
function holds(bytes, at, text) {
    if (at + text.length > bytes.length)
        return false;
    for (let i = 0; i < text.length; i++)
        if (bytes[at + i] !== text[i])
            return false;
    return true;
}
/** `holds` for a piece, through `view` (the bytes' DataView). */
function holdsPiece(view, at, piece) {
    const text = piece.bytes;
    if (at + text.length > view.byteLength)
        return false;
    const words = piece.words;
    for (let k = 0; k < words.length; k++)
        if (view.getInt32(at + k * 4, true) !== words[k])
            return false;
    for (let i = words.length * 4; i < text.length; i++) {
        if (view.getUint8(at + i) !== text[i])
            return false;
    }
    return true;
}
/**
 * Whether the last string `plainStringEnd` read is printable ASCII (0x20-0x7e): its bytes are
 * its text in the top hash too (`ensure_ascii` escapes 0x7f and up).
 */
let lastStringPlain = true;
/**
 * The 4-byte words of `bytes` (word `w` is bytes `4w` to `4w + 3`), to skip plain text 4 bytes at
 * a time; null when the bytes do not start on a word boundary.
 */
function wordsOf(bytes) {
    if (bytes.byteOffset % 4 !== 0)
        return null;
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
}
/**
 * Whether a byte of the word `x` is `"`, `\\`, a control character or 0x7f and up (exact as a
 * yes or no: the classic "has a zero byte" tests, on bytes below 0x80).
 */
function hasStringStop(x) {
    const q = x ^ 0x22222222;
    const b = x ^ 0x5c5c5c5c;
    const d = x ^ 0x7f7f7f7f;
    const t = ((q - 0x01010101) & ~q) |
        ((b - 0x01010101) & ~b) |
        ((d - 0x01010101) & ~d) |
        ((x - 0x20202020) & ~x) |
        x;
    return (t & 0x80808080) !== 0;
}
/** Whether a byte of the word `x` is `?` or `#` (0x80 and up too). */
function hasQueryStop(x) {
    const q = x ^ 0x3f3f3f3f;
    const h = x ^ 0x23232323;
    return ((((q - 0x01010101) & ~q) | ((h - 0x01010101) & ~h) | x) & 0x80808080) !== 0;
}
/**
 * The first position from `i` (a multiple of 4), before `end`, of a word with a byte that ends a
 * plain string (`hasStringStop`), or of the last incomplete word.
 */
function skipStringWords(words, i, end) {
    let w = i >>> 2;
    const last = Math.floor(end / 4);
    while (w < last && !hasStringStop(words[w]))
        w++;
    return w * 4;
}
/** Whether a byte of the word `x` is `&` or `#` (0x80 and up too). */
function hasVersionStop(x) {
    const a = x ^ 0x26262626;
    const h = x ^ 0x23232323;
    return ((((a - 0x01010101) & ~a) | ((h - 0x01010101) & ~h) | x) & 0x80808080) !== 0;
}
/** `skipStringWords` for `hasVersionStop`. */
function skipVersionWords(words, i, end) {
    let w = i >>> 2;
    const last = Math.floor(end / 4);
    while (w < last && !hasVersionStop(words[w]))
        w++;
    return w * 4;
}
/** `skipStringWords` for `hasQueryStop`. */
function skipQueryWords(words, i, end) {
    let w = i >>> 2;
    const last = Math.floor(end / 4);
    while (w < last && !hasQueryStop(words[w]))
        w++;
    return w * 4;
}
/**
 * Where the string starting at `from` (just after its opening quote) ends, before `end`, when it
 * holds no escape and no control character (then its text is its bytes decoded); -1 otherwise.
 * `words`: the bytes' words (`wordsOf`), to skip plain text faster.
 */
function plainStringEnd(bytes, from, end, words = null) {
    let plain = true;
    for (let i = from; i < end; i++) {
        if (words !== null && (i & 3) === 0) {
            i = skipStringWords(words, i, end);
            if (i >= end)
                break;
        }
        const c = bytes[i];
        if (c === 0x22) {
            lastStringPlain = plain;
            return i;
        }
        if (c === 0x5c || c < 0x20)
            return -1;
        if (c >= 0x7f)
            plain = false;
    }
    return -1;
}
function decode(bytes, start, end, plain) {
    return bytes.toString(plain ? 'latin1' : 'utf-8', start, end);
}
const S3_SCHEME = new Piece('s3://');
const VERSION_QUERY = new Piece('?versionId=');
/**
 * Whether the URL in `bytes[start, end)` (a plain string) is an `s3://` URL whose
 * `PhysicalKey.fromUrl` cannot fail: a bucket of `[A-Za-z0-9._-]`, `/`, a path without `?` or
 * `#`, at most a `?versionId=` without `&` or `#`. Such a URL is parsed on first use; any other
 * URL is parsed as its line is read, as quilt3 `_load` does.
 */
function isPlainS3Url(bytes, view, start, end, words) {
    if (!holdsPiece(view, start, S3_SCHEME))
        return false;
    let i = start + S3_SCHEME.length;
    const bucketStart = i;
    for (; i < end; i++) {
        const c = bytes[i];
        const ok = (c >= 0x61 && c <= 0x7a) ||
            (c >= 0x41 && c <= 0x5a) ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x2e ||
            c === 0x5f ||
            c === 0x2d;
        if (!ok)
            break;
    }
    if (i === bucketStart || bytes[i] !== 0x2f)
        return false;
    for (; i < end; i++) {
        if (words !== null && (i & 3) === 0) {
            i = skipQueryWords(words, i, end);
            if (i >= end)
                break;
        }
        if (bytes[i] === 0x3f)
            break;
        if (bytes[i] === 0x23)
            return false;
    }
    if (i === end)
        return true;
    if (!holdsPiece(view, i, VERSION_QUERY))
        return false;
    for (i += VERSION_QUERY.length; i < end; i++) {
        if (words !== null && (i & 3) === 0) {
            i = skipVersionWords(words, i, end);
            if (i >= end)
                break;
        }
        if (bytes[i] === 0x26 || bytes[i] === 0x23)
            return false;
    }
    return true;
}
/** Top-hash records written as bytes, handed to the hash 64 KiB at a time. */
class RecordWriter {
    hash;
    buf = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.allocUnsafe(65536);
    pos = 0;
    constructor(hash) {
        this.hash = hash;
    }
    flush() {
        this.hash.update(this.buf.subarray(0, this.pos));
        this.pos = 0;
    }
    /** Room for `n` more bytes (false: more than the buffer holds). */
    room(n) {
        if (this.pos + n > this.buf.length)
            this.flush();
        return n <= this.buf.length;
    }
    /** Bytes, copied one by one (the pieces are short). */
    bytes(src, start = 0, end = src.length) {
        if (!this.room(end - start)) {
            this.hash.update(src.subarray(start, end));
            return;
        }
        const buf = this.buf;
        let p = this.pos;
        for (let i = start; i < end; i++)
            buf[p++] = src[i];
        this.pos = p;
    }
    /** ASCII text (the top-hash form is ASCII: `ensure_ascii`). */
    text(s) {
        if (!this.room(s.length)) {
            this.hash.update(s, 'latin1');
            return;
        }
        this.pos += this.buf.write(s, this.pos, 'latin1');
    }
    /** A non-negative integer's digits (below 2^53). */
    digits(n) {
        this.room(16);
        const buf = this.buf;
        let end = this.pos;
        for (let k = n; k >= 10; k = Math.floor(k / 10))
            end++;
        this.pos = end + 1;
        for (let k = n;; k = Math.floor(k / 10)) {
            buf[end--] = 0x30 + (k % 10);
            if (k < 10)
                break;
        }
    }
}
// The pieces of an entry's top-hash record, `{"hash", "logical_key", "meta", "size"}`.
const REC_HASH = ascii('{"hash":{"type":"');
const REC_CHUNKED = ascii(`{"hash":{"type":"${_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA256_CHUNKED */ .Bg}","value":"`);
const REC_VALUE = ascii('","value":"');
const REC_LK = ascii('"},"logical_key":');
const REC_META = ascii(',"meta":');
const REC_SIZE = ascii(',"size":');
const REC_END = ascii('}');
const QUOTE = ascii('"');
// What the index keeps of each line, relative to its start: where its fields end.
const LK_END = 0;
const URL_END = 1;
const SIZE_END = 2;
const TYPE_END = 3;
const VALUE_END = 4;
const LINE_END = 5;
const STRIDE = 6;
// And its flags.
/** The logical key is printable ASCII (its bytes are its top-hash text). */
const KEY_PLAIN = 1;
/** The hash type is printable ASCII. */
const TYPE_PLAIN = 2;
/** The hash type is `sha2-256-chunked`. */
const CHUNKED = 4;
/** The meta is empty (`{}`, which quilt3 reads as `meta or {}`). */
const META_EMPTY = 8;
/** The URL is an `s3://` URL whose parsing cannot fail (`isPlainS3Url`). */
const PLAIN_S3 = 16;
/**
 * The entry lines of a manifest read that have the exact shape quilt3 writes:
 * `{"logical_key": S, "physical_keys": [S], "size": N, "hash": {"type": S, "value": S}, "meta": M}`
 * with strings free of escapes and control characters, a size of at most 15 digits and an
 * object `M` (read by the exact parser). Such a line means what the exact parser reads in it.
 * The index keeps the manifest's bytes and where each line's fields are (33 bytes a line); an
 * entry (`LineEntry`) is made of a line only when asked for, and top-hash records are written
 * from the bytes: a million lines cost little more than their bytes. Any other line is read by
 * the exact parser.
 */
class LineIndex {
    bytes;
    resolveLocal;
    length = 0;
    starts;
    places;
    flags;
    /** The entries made of lines, by line (one entry per line, whoever asks). */
    made = new Map();
    words;
    view;
    constructor(bytes, resolveLocal) {
        this.bytes = bytes;
        this.resolveLocal = resolveLocal;
        this.words = wordsOf(bytes);
        // Room for lines of 160 bytes (quilt3's are longer), grown when they are shorter.
        const room = Math.ceil(bytes.length / 160) + 16;
        this.starts = new Float64Array(room);
        this.places = new Uint32Array(room * STRIDE);
        this.flags = new Uint8Array(room);
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    /**
     * Index the line `bytes[start, end)` if it has quilt3's shape: its index, else -1 (nothing
     * kept). Never throws.
     */
    scan(start, end) {
        const bytes = this.bytes;
        const words = this.words;
        const view = this.view;
        if (!holdsPiece(view, start, LK_OPEN))
            return -1;
        const lkStart = start + LK_OPEN.length;
        const lkEnd = plainStringEnd(bytes, lkStart, end, words);
        if (lkEnd < 0 || !holdsPiece(view, lkEnd, PK_OPEN))
            return -1;
        let flags = lastStringPlain ? KEY_PLAIN : 0;
        const urlStart = lkEnd + PK_OPEN.length;
        const urlEnd = plainStringEnd(bytes, urlStart, end, words);
        if (urlEnd < 0 || !holdsPiece(view, urlEnd, SIZE_OPEN))
            return -1;
        const sizeStart = urlEnd + SIZE_OPEN.length;
        let sizeEnd = sizeStart;
        for (let c = bytes[sizeEnd]; c >= 0x30 && c <= 0x39; c = bytes[++sizeEnd])
            ;
        const digits = sizeEnd - sizeStart;
        if (digits === 0 || digits > MAX_FAST_DIGITS)
            return -1;
        // JSON has no leading zero: `012` is not a number (the exact parser says why).
        if (digits > 1 && bytes[sizeStart] === 0x30)
            return -1;
        if (!holdsPiece(view, sizeEnd, HASH_OPEN))
            return -1;
        const typeStart = sizeEnd + HASH_OPEN.length;
        const typeEnd = plainStringEnd(bytes, typeStart, end);
        if (typeEnd < 0 || !holdsPiece(view, typeEnd, VALUE_OPEN))
            return -1;
        if (lastStringPlain)
            flags |= TYPE_PLAIN;
        const valueStart = typeEnd + VALUE_OPEN.length;
        const valueEnd = plainStringEnd(bytes, valueStart, end, words);
        if (valueEnd < 0 || !lastStringPlain || !holdsPiece(view, valueEnd, META_OPEN))
            return -1;
        const metaStart = valueEnd + META_OPEN.length;
        const last = end - 1;
        if (bytes[last] !== 0x7d || bytes[metaStart] !== 0x7b)
            return -1;
        if (last - metaStart === 2 && bytes[metaStart + 1] === 0x7d)
            flags |= META_EMPTY;
        else {
            // Any other object: checked here without being read (it is read when used); what the
            // check is not sure of, the exact parser reads (and what it refuses, the reading of the
            // whole line reports, with its place).
            const members = plainObjectMembers(bytes, metaStart, last);
            if (members < 0)
                return -1;
            // quilt3: `self._meta = meta or {}`
            if (members === 0)
                flags |= META_EMPTY;
        }
        if (typeEnd - typeStart === CHUNKED_TYPE.length && holdsPiece(view, typeStart, CHUNKED_TYPE)) {
            flags |= CHUNKED;
        }
        if (isPlainS3Url(bytes, view, urlStart, urlEnd, words))
            flags |= PLAIN_S3;
        const i = this.length;
        if (i === this.flags.length)
            this.grow();
        this.starts[i] = start;
        const p = i * STRIDE;
        const places = this.places;
        places[p + LK_END] = lkEnd - start;
        places[p + URL_END] = urlEnd - start;
        places[p + SIZE_END] = sizeEnd - start;
        places[p + TYPE_END] = typeEnd - start;
        places[p + VALUE_END] = valueEnd - start;
        places[p + LINE_END] = end - start;
        this.flags[i] = flags;
        this.length = i + 1;
        return i;
    }
    grow() {
        const n = this.flags.length * 2;
        const starts = new Float64Array(n);
        starts.set(this.starts);
        this.starts = starts;
        const places = new Uint32Array(n * STRIDE);
        places.set(this.places);
        this.places = places;
        const flags = new Uint8Array(n);
        flags.set(this.flags);
        this.flags = flags;
    }
    /** Where field `field` of line `i` ends in the bytes. */
    at(i, field) {
        return this.starts[i] + this.places[i * STRIDE + field];
    }
    has(i, flag) {
        return (this.flags[i] & flag) !== 0;
    }
    keyStart(i) {
        return this.starts[i] + LK_OPEN.length;
    }
    key(i) {
        return decode(this.bytes, this.keyStart(i), this.at(i, LK_END), this.has(i, KEY_PLAIN));
    }
    size(i) {
        const bytes = this.bytes;
        let size = 0;
        for (let k = this.at(i, URL_END) + SIZE_OPEN.length, end = this.at(i, SIZE_END); k < end; k++) {
            size = size * 10 + (bytes[k] - 0x30);
        }
        return size;
    }
    keyAndSize(i) {
        return { logicalKey: this.key(i), size: this.size(i) };
    }
    url(i) {
        return this.bytes.toString('utf-8', this.at(i, LK_END) + PK_OPEN.length, this.at(i, URL_END));
    }
    /** The physical key of line `i` (`PhysicalKey.from_url`, which may throw). */
    physicalKey(i) {
        return _names_js__WEBPACK_IMPORTED_MODULE_3__/* .PhysicalKey */ .ll.fromUrl(this.url(i), this.resolveLocal);
    }
    /**
     * What quilt3 `_load` checks as it reads the line: its physical key (`PhysicalKey.from_url`),
     * parsed now unless it is a plain `s3://` URL, whose parsing cannot fail.
     */
    checkPhysicalKey(i) {
        if (!this.has(i, PLAIN_S3))
            this.physicalKey(i);
    }
    hashType(i) {
        if (this.has(i, CHUNKED))
            return _hash_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA256_CHUNKED */ .Bg;
        const start = this.at(i, SIZE_END) + HASH_OPEN.length;
        return decode(this.bytes, start, this.at(i, TYPE_END), this.has(i, TYPE_PLAIN));
    }
    hashValue(i) {
        const start = this.at(i, TYPE_END) + VALUE_OPEN.length;
        return this.bytes.toString('latin1', start, this.at(i, VALUE_END));
    }
    /** The meta of line `i`, read again (a new object each time). */
    meta(i) {
        if (this.has(i, META_EMPTY))
            return (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pyObject */ .LP)();
        const start = this.at(i, VALUE_END) + META_OPEN.length;
        return (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePyJson */ .j5)(this.bytes.toString('utf-8', start, this.at(i, LINE_END) - 1));
    }
    /** The entry of line `i` (the same one each time). */
    entry(i) {
        let e = this.made.get(i);
        if (e === undefined) {
            e = new LineEntry(this, i);
            this.made.set(i, e);
        }
        return e;
    }
    /** The entries of the first `n` lines (all by default). */
    entries(n = this.length) {
        const list = new Array(n);
        for (let i = 0; i < n; i++)
            list[i] = this.entry(i);
        // The package holds them from now on (lines read later are new ones).
        this.made.clear();
        return list;
    }
    /** Whether line `j`'s key sorts after line `i`'s and is not below it (`i`'s key + `/`...). */
    follows(i, j) {
        const bytes = this.bytes;
        const view = this.view;
        const a = this.keyStart(i);
        const aLength = this.at(i, LK_END) - a;
        const b = this.keyStart(j);
        const bLength = this.at(j, LK_END) - b;
        const n = Math.min(aLength, bLength);
        // The first byte that differs (the common start 4 bytes at a time), else `n`.
        let d = 0;
        while (d + 4 <= n && view.getInt32(a + d) === view.getInt32(b + d))
            d += 4;
        while (d < n && bytes[a + d] === bytes[b + d])
            d++;
        if (d < n) {
            const x = bytes[a + d];
            const y = bytes[b + d];
            // `/` is below every other character (and never part of a longer one).
            return x === 0x2f || (y !== 0x2f && x < y);
        }
        // `i`'s key starts `j`'s: after it unless the same, and not below it (`i`'s key + `/`...).
        return bLength > aLength && bytes[b + aLength] !== 0x2f;
    }
    /** The entry whose logical key is `logicalKey`, when a line has it (binary search). */
    find(logicalKey) {
        // A lone surrogate cannot be in these lines' keys (nor in UTF-8).
        if (_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .LONE_SURROGATE */ .uG.test(logicalKey))
            return undefined;
        const q = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(logicalKey, 'utf-8');
        const bytes = this.bytes;
        let lo = 0;
        let hi = this.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const c = compareKeyBytes(bytes, this.keyStart(mid), this.at(mid, LK_END), q, 0, q.length);
            if (c === 0)
                return this.entry(mid);
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return undefined;
    }
    /** The top-hash records of every line, from the bytes (or from the entry made of it). */
    writeHashRecords(w) {
        const made = this.made;
        for (let i = 0; i < this.length; i++) {
            const e = made.size === 0 ? undefined : made.get(i);
            if (e === undefined)
                this.writeHashRecord(w, i);
            else
                e.writeHashRecord(w);
        }
    }
    /** Line `i`'s top-hash record, with its own hash; its meta unless `meta` is given. */
    writeHashRecord(w, i, meta) {
        const bytes = this.bytes;
        if (this.has(i, CHUNKED))
            w.bytes(REC_CHUNKED);
        else {
            w.bytes(REC_HASH);
            w.text((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteHashString */ .WH)(this.hashType(i)).slice(1, -1));
            w.bytes(REC_VALUE);
        }
        w.bytes(bytes, this.at(i, TYPE_END) + VALUE_OPEN.length, this.at(i, VALUE_END));
        w.bytes(REC_LK);
        // A printable ASCII key: as many bytes as characters, and no escape in either form.
        if (this.has(i, KEY_PLAIN)) {
            w.bytes(QUOTE);
            w.bytes(bytes, this.keyStart(i), this.at(i, LK_END));
            w.bytes(QUOTE);
        }
        else
            w.text((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteHashString */ .WH)(this.key(i)));
        w.bytes(REC_META);
        if (meta !== undefined)
            w.text((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toHashJson */ .wQ)(meta));
        else if (this.has(i, META_EMPTY))
            w.bytes(EMPTY_OBJECT);
        else
            w.text((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toHashJson */ .wQ)(this.meta(i)));
        w.bytes(REC_SIZE);
        // The line's digits: a JSON integer has no leading zero, so they are the number's.
        w.bytes(bytes, this.at(i, URL_END) + SIZE_OPEN.length, this.at(i, SIZE_END));
        w.bytes(REC_END);
    }
}
const EMPTY_OBJECT = ascii('{}');
/** Where `plainObjectMembers` and its helpers are in the bytes. */
let cursor = 0;
/** Nesting deeper than this is left to the exact parser. */
const MAX_PLAIN_DEPTH = 64;
/**
 * Whether `bytes[start, end)` is one JSON object the exact parser reads as it is (no allocation):
 * its number of members (0 or 1: some), or -1 when it is not such an object or the check is not
 * sure. Stricter than the parser, never looser: only spaces between tokens, no `NaN` or
 * `Infinity`, numbers whose value a double holds (at most 15 digits before the exponent, an
 * exponent of at most 2 digits, integers of at most 300 digits), `\\u` escapes outside the
 * surrogates, at most 64 levels deep.
 */
function plainObjectMembers(bytes, start, end) {
    if (bytes[start] !== 0x7b)
        return -1;
    cursor = start + 1;
    skipSpaces(bytes, end);
    const empty = bytes[cursor] === 0x7d;
    cursor = start;
    if (!plainValue(bytes, end, 0) || cursor !== end)
        return -1;
    return empty ? 0 : 1;
}
function skipSpaces(bytes, end) {
    while (cursor < end && bytes[cursor] === 0x20)
        cursor++;
}
/** Past the value at `cursor` (moving it), when it is plain (`plainObjectMembers`). */
function plainValue(bytes, end, depth) {
    if (cursor >= end)
        return false;
    const c = bytes[cursor];
    if (c === 0x22)
        return plainString(bytes, end);
    if (c === 0x7b || c === 0x5b) {
        if (depth >= MAX_PLAIN_DEPTH)
            return false;
        const close = c + 2; // `}` or `]`
        cursor++;
        skipSpaces(bytes, end);
        if (bytes[cursor] === close) {
            cursor++;
            return true;
        }
        for (;;) {
            if (c === 0x7b) {
                if (bytes[cursor] !== 0x22 || !plainString(bytes, end))
                    return false;
                skipSpaces(bytes, end);
                if (bytes[cursor] !== 0x3a)
                    return false;
                cursor++;
                skipSpaces(bytes, end);
            }
            if (!plainValue(bytes, end, depth + 1))
                return false;
            skipSpaces(bytes, end);
            if (cursor >= end)
                return false;
            const d = bytes[cursor++];
            if (d === close)
                return true;
            if (d !== 0x2c)
                return false;
            skipSpaces(bytes, end);
        }
    }
    if (c === 0x74)
        return word(bytes, end, TRUE);
    if (c === 0x66)
        return word(bytes, end, FALSE);
    if (c === 0x6e)
        return word(bytes, end, NULL);
    return plainNumber(bytes, end);
}
const TRUE = ascii('true');
const FALSE = ascii('false');
const NULL = ascii('null');
function word(bytes, end, w) {
    if (cursor + w.length > end || !holds(bytes, cursor, w))
        return false;
    cursor += w.length;
    return true;
}
function isDigit(c) {
    return c !== undefined && c >= 0x30 && c <= 0x39;
}
/** `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`, of a size any double holds (see above). */
function plainNumber(bytes, end) {
    if (bytes[cursor] === 0x2d)
        cursor++;
    const intStart = cursor;
    if (bytes[cursor] === 0x30)
        cursor++;
    else
        while (cursor < end && isDigit(bytes[cursor]))
            cursor++;
    const intDigits = cursor - intStart;
    if (intDigits === 0)
        return false;
    let float = false;
    let digits = intDigits;
    if (cursor < end && bytes[cursor] === 0x2e) {
        float = true;
        const from = ++cursor;
        while (cursor < end && isDigit(bytes[cursor]))
            cursor++;
        if (cursor === from)
            return false;
        digits += cursor - from;
    }
    if (cursor < end && (bytes[cursor] === 0x65 || bytes[cursor] === 0x45)) {
        float = true;
        cursor++;
        if (cursor < end && (bytes[cursor] === 0x2b || bytes[cursor] === 0x2d))
            cursor++;
        const from = cursor;
        while (cursor < end && isDigit(bytes[cursor]))
            cursor++;
        if (cursor === from || cursor - from > 2)
            return false;
    }
    // Far from a double's overflow (below 1e115) and from Python's limit on int digits.
    return float ? digits <= 15 : intDigits <= 300;
}
/** Past the string at `cursor` (its opening quote), escapes checked. */
function plainString(bytes, end) {
    for (let i = cursor + 1; i < end; i++) {
        const c = bytes[i];
        if (c === 0x22) {
            cursor = i + 1;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c !== 0x5c)
            continue;
        const e = bytes[++i];
        if (e === 0x75) {
            if (i + 4 >= end)
                return false;
            let unit = 0;
            for (let k = 1; k <= 4; k++) {
                const h = bytes[i + k];
                const v = h >= 0x30 && h <= 0x39
                    ? h - 0x30
                    : h >= 0x61 && h <= 0x66
                        ? h - 0x57
                        : h >= 0x41 && h <= 0x46
                            ? h - 0x37
                            : -1;
                if (v < 0)
                    return false;
                unit = unit * 16 + v;
            }
            if (unit >= 0xd800 && unit <= 0xdfff)
                return false;
            i += 4;
        }
        else if (e !== 0x22 &&
            e !== 0x5c &&
            e !== 0x2f &&
            e !== 0x62 &&
            e !== 0x66 &&
            e !== 0x6e &&
            e !== 0x72 &&
            e !== 0x74) {
            return false;
        }
    }
    return false;
}
/**
 * Tree-walk order (`compareLogicalKeys`) of two logical keys as their UTF-8 bytes: UTF-8 keeps
 * code point order, and a `/` (never part of a longer character) is lower than any other.
 */
function compareKeyBytes(a, aStart, aEnd, b, bStart, bEnd) {
    const n = Math.min(aEnd - aStart, bEnd - bStart);
    for (let k = 0; k < n; k++) {
        const x = a[aStart + k];
        const y = b[bStart + k];
        if (x !== y) {
            if (x === 0x2f)
                return -1;
            if (y === 0x2f)
                return 1;
            return x - y;
        }
    }
    return aEnd - aStart - (bEnd - bStart);
}
/**
 * The entry of an indexed line (`LineIndex`): its key and size are read when it is made, its
 * physical key, hash and meta from the bytes on first use, and its top-hash record is written
 * from them while its hash is untouched.
 */
class LineEntry {
    lines;
    i;
    logicalKey;
    size;
    pk;
    hashValue;
    /** The meta once used; undefined until then (the line's). */
    metaValue;
    constructor(lines, i) {
        this.lines = lines;
        this.i = i;
        this.logicalKey = lines.key(i);
        this.size = lines.size(i);
    }
    /** `LineIndex.checkPhysicalKey`, keeping the physical key it parses. */
    checkPhysicalKey() {
        if (!this.lines.has(this.i, PLAIN_S3))
            this.pk = this.lines.physicalKey(this.i);
    }
    get physicalKey() {
        return (this.pk ??= this.lines.physicalKey(this.i));
    }
    set physicalKey(pk) {
        this.pk = pk;
    }
    get hash() {
        if (this.hashValue === undefined) {
            this.hashValue = hashObject({
                type: this.lines.hashType(this.i),
                value: this.lines.hashValue(this.i)
            });
        }
        return this.hashValue;
    }
    set hash(h) {
        this.hashValue = h;
    }
    get meta() {
        return (this.metaValue ??= this.lines.meta(this.i));
    }
    set meta(m) {
        this.metaValue = m;
    }
    /** The top-hash record, from the line's bytes while the hash is the line's. */
    writeHashRecord(w) {
        if (this.hashValue !== undefined)
            w.text(hashRecord(this));
        else
            this.lines.writeHashRecord(w, this.i, this.metaValue);
    }
}
function entryLine(e) {
    if (isPlainNewEntry(e)) {
        const url = String(e.physicalKey);
        if (PLAIN_TEXT.test(url)) {
            const h = e.hash;
            return `{"logical_key": "${e.logicalKey}", "physical_keys": ["${url}"], "size": ${e.size}, "hash": {"type": "${h.hashType}", "value": "${h.hashValue}"}, "meta": {}}`;
        }
    }
    if (e.hash === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`);
    }
    // quilt3 `PackageEntry.as_dict` order: logical_key, physical_keys, size, hash, meta.
    const size = e.sizeValue === undefined ? String(e.size) : (0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toManifestJson */ .VL)(e.sizeValue);
    return `{"logical_key": ${(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteManifestString */ .TE)(e.logicalKey)}, "physical_keys": [${(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteManifestString */ .TE)(String(e.physicalKey))}], "size": ${size}, "hash": ${(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toManifestJson */ .VL)(e.hash)}, "meta": ${(0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toManifestJson */ .VL)(e.meta)}}`;
}
function checkRecord(line, logicalKey, limit) {
    // A UTF-16 unit is at most 3 bytes of UTF-8: most lines need no count.
    if (line.length * 3 <= limit)
        return line;
    const size = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(line, 'utf-8');
    if (size > limit) {
        const what = logicalKey === null ? 'package metadata' : `entry with logical key ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_6__/* .pyRepr */ .n)(logicalKey)}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .QuiltError */ .YH(`Size of manifest record for ${what} is ${size} bytes, but must be less than ${limit} bytes. ` +
            'Quilt recommends less than 1 MB of metadata per object, and less than 1 MB of package-level metadata. ' +
            'This enables S3 select, Athena and downstream services to work correctly. ' +
            'This limit can be overridden with the QUILT_MANIFEST_MAX_RECORD_SIZE environment variable.');
    }
    return line;
}
/** An empty `meta` that refuses changes: shared by every new entry (one Map, not one each). */
class EmptyMeta extends Map {
    set() {
        throw new Error('the shared empty meta cannot change: give the entry a meta of its own');
    }
    delete() {
        throw new Error('the shared empty meta cannot change: give the entry a meta of its own');
    }
    clear() {
        throw new Error('the shared empty meta cannot change: give the entry a meta of its own');
    }
}
/** The `{}` meta of new entries (quilt3 writes `"meta": {}` for a file set without metadata). */
const NO_META = new EmptyMeta();
/**
 * The hash object of a new entry, `{"type", "value"}` (two strings): a Map that refuses changes
 * (give the entry a new hash instead). When both strings are plain text (`plain`: base64 values
 * are), its lines are written without the generic encoder.
 */
class NewHash extends Map {
    hashType;
    hashValue;
    plain;
    constructor(hashType, hashValue, plain = PLAIN_TEXT.test(hashType) && PLAIN_TEXT.test(hashValue)) {
        super();
        this.hashType = hashType;
        this.hashValue = hashValue;
        this.plain = plain;
        Map.prototype.set.call(this, 'type', hashType);
        Map.prototype.set.call(this, 'value', hashValue);
    }
    set() {
        throw new Error('a hash object cannot change: give the entry a new hash');
    }
    delete() {
        throw new Error('a hash object cannot change: give the entry a new hash');
    }
    clear() {
        throw new Error('a hash object cannot change: give the entry a new hash');
    }
}
/** A new entry's hash object, of the type the run writes (default `sha2-256-chunked`). */
function newHash(value, type = _hash_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA256_CHUNKED */ .Bg) {
    return new NewHash(type, value);
}
/**
 * A file build or push adds to a package (not one read from a manifest). A hash of quilt3's
 * shape (`{"type", "value"}`, two strings, in that order) is kept as its two strings, not as a
 * Map: a Map per entry costs about 250 bytes, a quarter of a gigabyte for a million files.
 * Reading `hash` gives that object, a new one each time that refuses changes (set `hash` to
 * change it); any other value is kept as it is.
 */
class NewEntry {
    logicalKey;
    physicalKey;
    size;
    meta;
    /** The hash type when the hash is kept as its two strings (`hashValue` is its value). */
    hashType = null;
    /** The hash value (a string) after `hashType`, else the whole hash as it was set. */
    hashValue = null;
    /** Whether the two strings are plain text (see NewHash). */
    plainHash = false;
    constructor(logicalKey, physicalKey, size, meta = NO_META) {
        this.logicalKey = logicalKey;
        this.physicalKey = physicalKey;
        this.size = size;
        this.meta = meta;
    }
    get hash() {
        const type = this.hashType;
        return type === null
            ? this.hashValue
            : new NewHash(type, this.hashValue, this.plainHash);
    }
    set hash(h) {
        if (h instanceof NewHash) {
            this.hashType = h.hashType;
            this.hashValue = h.hashValue;
            this.plainHash = h.plain;
            return;
        }
        if ((0,_py_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(h) && h.size === 2 && h.keys().next().value === 'type') {
            const type = h.get('type');
            const value = h.get('value');
            if (typeof type === 'string' && typeof value === 'string') {
                this.hashType = type;
                this.hashValue = value;
                this.plainHash = PLAIN_TEXT.test(type) && PLAIN_TEXT.test(value);
                return;
            }
        }
        this.hashType = null;
        this.hashValue = h;
    }
}


/***/ }),

/***/ 2378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ll: () => (/* binding */ PhysicalKey),
  eW: () => (/* binding */ isValidPackageName),
  V2: () => (/* binding */ resolveLocalLocation),
  $r: () => (/* binding */ validateLogicalKey),
  Eu: () => (/* binding */ validatePackageName)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/quilt/py/paths.ts
/** Python's path functions quilt3 relies on (`os.path.realpath`, `os.path.expanduser`). */



/**
 * Python `os.path.realpath` (non-strict): resolves symlinks of the parts that exist and keeps
 * the rest as written.
 */
function pyRealpath(path) {
    const abs = (0,external_node_path_.resolve)(path);
    try {
        return external_node_fs_.realpathSync.native(abs);
    }
    catch {
        // Resolve the longest existing prefix, keep the rest.
        const parts = abs.split('/');
        for (let k = parts.length - 1; k > 0; k--) {
            const head = parts.slice(0, k).join('/') || '/';
            try {
                const real = external_node_fs_.realpathSync.native(head);
                return (real === '/' ? '' : real) + '/' + parts.slice(k).join('/');
            }
            catch {
                continue;
            }
        }
        return abs;
    }
}
/** `~` and `~/...` expanded as Python's `expanduser` does for the current user. */
function expandUser(path) {
    if (path === '~')
        return (0,external_node_os_.homedir)();
    if (path.startsWith('~/'))
        return (0,external_node_os_.homedir)() + path.slice(1);
    return path;
}

// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
// EXTERNAL MODULE: ./src/quilt/py/url.ts
var py_url = __nccwpck_require__(6732);
;// CONCATENATED MODULE: ./src/quilt/format/names.ts
/**
 * Names quilt3 validates and the URLs it writes: package names (spec §7.1), logical keys (§7.2)
 * and physical keys (§3), with Python's exact percent-encoding.
 */





// Python's `\w` on str is Unicode-aware: letters, numerics and `_` (not combining marks).
const PACKAGE_NAME = /^[\p{L}\p{N}_-]+\/[\p{L}\p{N}_-]+$/u;
/**
 * quilt3 `validate_package_name`: `namespace/package` of word characters and `-`.
 * (quilt3 also accepts one trailing newline through a quirk of `$`; that is refused here.)
 */
function validatePackageName(name) {
    if (!PACKAGE_NAME.test(name))
        throw new errors/* QuiltError */.YH(`Invalid package name: ${name}.`);
}
function isValidPackageName(name) {
    return PACKAGE_NAME.test(name);
}
/** An empty, `.` or `..` part of a key. */
const BAD_PART = /(?:^|\/)(?:\.\.?)?(?:\/|$)/;
/** quilt3 `Package._set` + `validate_key`: a logical key must name a file, no ''/'.'/'..' parts. */
function validateLogicalKey(key) {
    if (key === '' || key.endsWith('/')) {
        throw new errors/* QuiltError */.YH(`A package entry logical key ${(0,repr/* pyRepr */.n)(key)} must be a file.`);
    }
    if (BAD_PART.test(key)) {
        throw new errors/* QuiltError */.YH(`Invalid key ${(0,repr/* pyRepr */.n)(key)}. A package entry key cannot contain a file or folder named '.' or '..' in its path.`);
    }
}
// ---------------------------------------------------------------------------------------------
// Physical keys
// ---------------------------------------------------------------------------------------------
/**
 * `str(pathlib.PurePosixPath(path))` for an absolute path: empty and `.` components dropped
 * (so doubled and trailing `/` go), `..` kept, and a leading `//` kept when it is exactly two
 * slashes (POSIX leaves that root implementation-defined; pathlib preserves it).
 */
function purePosixPath(path) {
    const root = path.startsWith('//') && !path.startsWith('///') ? '//' : '/';
    return (root +
        path
            .split('/')
            .filter((part) => part !== '' && part !== '.')
            .join('/'));
}
/** An absolute path of only the characters `urllib.parse.quote(s, safe="/")` keeps. */
const SAFE_PATH = /^\/[A-Za-z0-9_.~/-]*$/;
/**
 * Where an entry's bytes are: an S3 object (bucket, key, optional version) or a local file
 * (an absolute, symlink-resolved path). quilt3 `util.PhysicalKey`.
 */
class PhysicalKey {
    bucket;
    path;
    versionId;
    constructor(
    /** S3 bucket, or null for a local file. */
    bucket, 
    /** S3 key (no leading `/`) or absolute local path. */
    path, versionId) {
        this.bucket = bucket;
        this.path = path;
        this.versionId = versionId;
    }
    static s3(bucket, key, versionId = null) {
        if (!bucket)
            throw new errors/* QuiltError */.YH('Missing bucket');
        return new PhysicalKey(bucket, key, versionId);
    }
    /** A local file; `absPath` must already be absolute and symlink-resolved (quilt3 `from_path`). */
    static local(absPath) {
        if (!absPath.startsWith('/'))
            throw new errors/* QuiltError */.YH('Relative paths are not allowed');
        return new PhysicalKey(null, absPath, null);
    }
    /**
     * quilt3 `PhysicalKey.from_url`. `resolveLocal` maps a decoded local path to its real path
     * (quilt3 applies `os.path.realpath`); by default the path is taken as it is.
     */
    static fromUrl(url, resolveLocal = (p) => p) {
        const u = (0,py_url/* pyUrlSplit */.nz)(url);
        if (u.scheme === 's3') {
            if (!u.netloc)
                throw new errors/* QuiltError */.YH('Missing bucket');
            const key = (0,py_url/* pyUnquote */.Rr)(u.path).slice(1);
            const query = (0,py_url/* pyParseQs */.nV)(u.query);
            const versions = query.get('versionId');
            query.delete('versionId');
            if (query.size > 0)
                throw new errors/* QuiltError */.YH(`Unexpected S3 query string: ${(0,repr/* pyRepr */.n)(u.query)}`);
            return new PhysicalKey(u.netloc, key, versions?.[0] ?? null);
        }
        if (u.scheme === 'file') {
            if (u.netloc !== '' && u.netloc !== 'localhost')
                throw new errors/* QuiltError */.YH('Unexpected hostname');
            if (!u.path)
                throw new errors/* QuiltError */.YH('Missing path');
            if (!u.path.startsWith('/'))
                throw new errors/* QuiltError */.YH('Relative paths are not allowed');
            if (u.query)
                throw new errors/* QuiltError */.YH('Unexpected query');
            const decoded = (0,py_url/* pyUnquote */.Rr)(u.path);
            let resolved = resolveLocal(decoded);
            if (decoded.endsWith('/') && !resolved.endsWith('/'))
                resolved += '/';
            return new PhysicalKey(null, resolved, null);
        }
        throw new errors/* QuiltError */.YH(`Unexpected scheme: ${(0,repr/* pyRepr */.n)(u.scheme)}`);
    }
    isLocal() {
        return this.bucket === null;
    }
    /** quilt3 `PhysicalKey.join`. */
    join(relPath) {
        if (this.versionId !== null)
            throw new errors/* QuiltError */.YH('Cannot append paths to URLs with a version ID');
        const path = this.path
            ? this.path.replace(/\/+$/, '') + '/' + relPath.replace(/^\/+/, '')
            : relPath.replace(/^\/+/, '');
        return new PhysicalKey(this.bucket, path, null);
    }
    withVersion(versionId) {
        if (this.bucket === null)
            throw new errors/* QuiltError */.YH('Local keys cannot have a version ID');
        return new PhysicalKey(this.bucket, this.path, versionId);
    }
    equals(other) {
        return (this.bucket === other.bucket && this.path === other.path && this.versionId === other.versionId);
    }
    url;
    /** The URL quilt3 writes (`str(PhysicalKey)`); computed once (the key is immutable). */
    toString() {
        if (this.url !== undefined)
            return this.url;
        if (this.bucket === null) {
            // pathlib.PurePath(path).as_uri(): normalized as PurePosixPath does, then quoted. A path
            // already normal (no empty or `.` part) of characters quote() keeps is its own URL path.
            const p = this.path;
            this.url =
                SAFE_PATH.test(p) && !p.includes('//') && !p.endsWith('/') && !/\/\.(\/|$)/.test(p)
                    ? 'file://' + p
                    : 'file://' + (0,py_url/* pyQuote */.e5)(purePosixPath(p));
        }
        else {
            const query = this.versionId === null ? '' : `?versionId=${(0,py_url/* pyQuotePlus */.EK)(this.versionId)}`;
            this.url = `s3://${this.bucket}${(0,py_url/* pyQuote */.e5)('/' + this.path)}${query}`;
        }
        return this.url;
    }
}
/**
 * A local folder given as a path or a `file://` URL, resolved like quilt3 `fix_url` followed by
 * `PhysicalKey.from_url`: `~` expanded, made absolute against the working directory, symlinks
 * resolved. Returns null when `location` is a URL of another scheme (e.g. `s3://`).
 */
function resolveLocalLocation(location, cwd = process.cwd()) {
    if (location === '')
        throw new errors/* QuiltError */.YH('Empty URL');
    const scheme = (0,py_url/* pyUrlSplit */.nz)(location).scheme;
    if (scheme !== '' && !/^[A-Za-z]:[\\/]/.test(location)) {
        if (scheme !== 'file')
            return null;
        return PhysicalKey.fromUrl(location, pyRealpath).path.replace(/(.)\/$/, '$1');
    }
    const expanded = expandUser(location);
    return pyRealpath((0,external_node_path_.isAbsolute)(expanded) ? expanded : (0,external_node_path_.resolve)(cwd, expanded));
}


/***/ }),

/***/ 9022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ computeMissingHashes)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7182);
/* harmony import */ var _format_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7000);
/* harmony import */ var _format_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5397);
/** Hashes of the entries that have none yet: local files by the pool, S3 objects by the S3 hasher. */



/**
 * Compute every missing hash (quilt3 `_calculate_missing_hashes`), in place, of `type` (quilt3
 * writes `sha2-256-chunked`).
 */
async function computeMissingHashes(entries, hashers, type = _format_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_CHUNKED */ .Bg) {
    const missing = entries.filter((e) => e.hash === null);
    const local = missing.filter((e) => e.physicalKey.isLocal());
    const remote = missing.filter((e) => !e.physicalKey.isLocal());
    const jobs = [];
    if (local.length > 0) {
        if (!hashers.local)
            throw new Error('no hasher for local files');
        const pool = hashers.local;
        jobs.push(pool
            .hashFiles(local.map((e) => ({ path: e.physicalKey.path, size: e.size })), type)
            .then((hs) => {
            local.forEach((e, i) => (e.hash = (0,_format_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .newHash */ .tw)(hs[i], type)));
        }));
    }
    if (remote.length > 0) {
        if (!hashers.s3)
            throw new Error('no hasher for S3 objects');
        const s3 = hashers.s3;
        // A few objects at a time (no promise per object made ahead); the hasher bounds requests.
        jobs.push((0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachLimit */ .Gm)(remote, Math.max(1, s3.concurrency) * 2, async (e) => {
            const pk = e.physicalKey;
            const o = { bucket: pk.bucket, key: pk.path, versionId: pk.versionId, size: e.size };
            e.hash = (0,_format_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .newHash */ .tw)(await s3.hash(o, type), type);
        }));
    }
    const settled = await Promise.allSettled(jobs);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
}


/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ HashPool)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var concurrency = __nccwpck_require__(7182);
// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __nccwpck_require__(5397);
// EXTERNAL MODULE: ./src/quilt/format/crc64.ts
var crc64 = __nccwpck_require__(201);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/quilt/sources/file.ts
var sources_file = __nccwpck_require__(1232);
;// CONCATENATED MODULE: ./src/quilt/hashing/worker.ts
/**
 * The hashing of local files, run by worker threads (and, for small jobs, on the main thread).
 * A worker runs from source text (`workerSource()`, started with `eval: true`), so the same code
 * works from the TypeScript sources, under jest and from the ncc bundle: these functions must not
 * refer to anything outside themselves, and take Node's modules from `process.getBuiltinModule`
 * (no `require`/`import` a bundler could rewrite).
 *
 * Requests (one at a time, answered in order):
 *  - `{id, kind: 'files', type, files: [{path, size, ino?, mtimeMs?}]}`: whole small files
 *    (size <= part size): answered with their quilt hashes of that type, in order (spec §5.1:
 *    sha256 of sha256(data), or sha256('') when empty; or the base64 CRC-64/NVME), and the
 *    failures by index. A file given with what the listing saw of it (`ino`, `mtimeMs`) is checked
 *    on the descriptor it was read through (fstat after the read): a file replaced, written or
 *    resized since the listing is reported with what it is now, never hashed as it was listed;
 *  - `{id, kind: 'part', path, fd?, algorithm?, offset, length}`: the raw sha256 (or md5, or
 *    8-byte CRC-64/NVME) of one part of a large file, read through `fd` when given (an open
 *    descriptor of the caller's);
 *  - `{id, kind: 'sha256', path, size}`: the hex sha256 of a whole file (legacy `SHA256`).
 * A file whose length differs from the size given is reported as changed, never hashed wrong.
 */

function hashRequestHandler(crc64Kernel) {
    const fs = process.getBuiltinModule('node:fs');
    const crypto = process.getBuiltinModule('node:crypto');
    const BUF = 8 * 1024 * 1024;
    const buf = Buffer.allocUnsafe(BUF);
    let crc;
    // One-shot hashing (Node >= 20.12): no Hash object per small file.
    const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined;
    function digester(algorithm) {
        if (algorithm === 'crc64nvme') {
            crc ??= crc64Kernel();
            const k = crc;
            const s = k.start();
            const d = {
                update: (c) => {
                    k.update(s, c);
                    return d;
                },
                digest: () => Buffer.from(k.digest(s))
            };
            return d;
        }
        const h = crypto.createHash(algorithm);
        const d = {
            update: (c) => {
                h.update(c);
                return d;
            },
            digest: () => h.digest()
        };
        return d;
    }
    /** Read `length` bytes at `offset` into `buf` piecewise, feeding `onChunk`; returns bytes read. */
    function readRange(fd, offset, length, onChunk) {
        let done = 0;
        while (done < length) {
            const want = Math.min(BUF, length - done);
            let got = 0;
            while (got < want) {
                const n = fs.readSync(fd, buf, got, want - got, offset + done + got);
                if (n === 0)
                    break;
                got += n;
            }
            if (got > 0)
                onChunk(buf.subarray(0, got));
            done += got;
            if (got < want)
                break;
        }
        return done;
    }
    function hasMore(fd, at) {
        const one = Buffer.allocUnsafe(1);
        return fs.readSync(fd, one, 0, 1, at) > 0;
    }
    function changed(path, size) {
        return `File ${path} changed while it was being hashed (expected ${size} bytes)`;
    }
    function errorText(e) {
        return e instanceof Error ? e.message : String(e);
    }
    /**
     * The quilt hash of one small file (or why it has none): read in one go with one byte more
     * asked for (a file that grew is caught), then, when the listing's view is given, checked
     * against the descriptor's fstat.
     */
    function hashSmall(f, crc64, failures, index) {
        const { path, size } = f;
        let fd = -1;
        try {
            fd = fs.openSync(path, 'r');
            let got;
            let inner;
            if (size < BUF) {
                got = 0;
                while (got <= size) {
                    const n = fs.readSync(fd, buf, got, size + 1 - got, got);
                    if (n === 0)
                        break;
                    got += n;
                }
                const data = buf.subarray(0, Math.min(got, size));
                if (crc64)
                    inner = digester('crc64nvme').update(data).digest();
                else
                    inner = oneShot
                        ? oneShot('sha256', data, 'buffer')
                        : crypto.createHash('sha256').update(data).digest();
            }
            else {
                const h = digester(crc64 ? 'crc64nvme' : 'sha256');
                got = readRange(fd, 0, size, (c) => h.update(c));
                if (got === size && hasMore(fd, size))
                    got++;
                inner = h.digest();
            }
            if (f.ino !== undefined) {
                const st = fs.fstatSync(fd);
                if (st.ino !== f.ino || st.size !== size || st.mtimeMs !== f.mtimeMs) {
                    failures.push({ index, now: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs } });
                    return '';
                }
            }
            if (got !== size) {
                failures.push({ index, changed: got < size ? 'it became shorter' : 'it became longer' });
                return '';
            }
            if (size === 0 || crc64)
                return inner.toString('base64');
            return oneShot
                ? oneShot('sha256', inner, 'base64')
                : crypto.createHash('sha256').update(inner).digest('base64');
        }
        catch (e) {
            const code = e?.code;
            failures.push({
                index,
                error: errorText(e),
                code: typeof code === 'string' ? code : undefined
            });
            return '';
        }
        finally {
            if (fd >= 0)
                fs.closeSync(fd);
        }
    }
    return (msg) => {
        try {
            if (msg.kind === 'files') {
                const crc64 = msg.type === 'CRC64NVME';
                const failures = [];
                const values = msg.files.map((f, i) => hashSmall(f, crc64, failures, i));
                return failures.length === 0 ? { id: msg.id, values } : { id: msg.id, values, failures };
            }
            else if (msg.kind === 'part') {
                // An open descriptor of the caller's (threads share them) is read, never closed here.
                const fd = msg.fd ?? fs.openSync(msg.path, 'r');
                try {
                    const h = digester(msg.algorithm ?? 'sha256');
                    const got = readRange(fd, msg.offset, msg.length, (c) => h.update(c));
                    if (got !== msg.length)
                        throw new Error(changed(msg.path, msg.offset + msg.length));
                    if (msg.last && hasMore(fd, msg.offset + msg.length)) {
                        throw new Error(changed(msg.path, msg.offset + msg.length));
                    }
                    const digest = h.digest();
                    return { id: msg.id, digest };
                }
                finally {
                    if (msg.fd === undefined)
                        fs.closeSync(fd);
                }
            }
            else {
                const fd = fs.openSync(msg.path, 'r');
                try {
                    const h = crypto.createHash('sha256');
                    const got = readRange(fd, 0, msg.size, (c) => h.update(c));
                    if (got !== msg.size || hasMore(fd, msg.size))
                        throw new Error(changed(msg.path, msg.size));
                    return { id: msg.id, hex: h.digest('hex') };
                }
                finally {
                    fs.closeSync(fd);
                }
            }
        }
        catch (e) {
            return { id: msg.id, error: errorText(e) };
        }
    };
}
/**
 * A worker thread's main: answers each request with the handler. The functions come as
 * arguments (see `workerSource`): the worker has no module to import them from.
 */
function hashWorkerMain(handler, crc64Kernel) {
    const port = process.getBuiltinModule('node:worker_threads').parentPort;
    if (!port)
        return;
    const handle = handler(crc64Kernel);
    port.on('message', (msg) => port.postMessage(handle(msg)));
}
/** The source text a worker runs: its main called with the handler and the CRC kernel. */
function workerSource() {
    return `(${String(hashWorkerMain)})(${String(hashRequestHandler)}, ${String(crc64/* crc64nvmeKernel */.O)})\n`;
}

;// CONCATENATED MODULE: ./src/quilt/hashing/pool.ts
/**
 * The one place that hashes file contents (the arithmetic is format/hash.ts).
 *
 * Local files are hashed by a pool of worker threads (one per core by default): small files go in
 * batches, large files are cut into their quilt parts and the parts are hashed in parallel, each
 * read with positional reads into one fixed buffer per worker. Memory stays bounded (8 MiB per
 * worker) whatever the file sizes, and the main thread stays free to walk and schedule.
 */








/** Jobs this small are hashed on the main thread (files no larger than one part). */
function isSmallJob(files) {
    let bytes = 0;
    for (const f of files) {
        if (f.size > hash/* MULTIPART_THRESHOLD */.xf)
            return false;
        bytes += f.size;
    }
    return files.length <= 256 && bytes <= 16 * hash/* MiB */.lv;
}
/** Batch small files up to this many bytes or files per worker request. */
const BATCH_BYTES = 4 * hash/* MiB */.lv;
const BATCH_FILES = 256;
/** What opening, checking and closing one file costs, counted as bytes hashed. */
const FILE_COST = 8 * 1024;
/** The largest request (in bytes, see FILE_COST) the calling thread of an adaptive pool hashes. */
const HELP_COST = BATCH_FILES * FILE_COST + hash/* MiB */.lv;
/** Adaptive pools start another worker while more than this much work (in bytes) waits. */
const SPAWN_BACKLOG = 256 * hash/* MiB */.lv;
/** The work of a request, in bytes hashed (see FILE_COST). */
function requestCost(req) {
    if (req.kind === 'files') {
        let n = 0;
        for (const f of req.files)
            n += f.size + FILE_COST;
        return n;
    }
    return (req.kind === 'part' ? req.length : req.size) + FILE_COST;
}
/**
 * A pool of hashing threads. `hashFiles` hashes many files at once with every worker busy;
 * `close()` ends the threads (always call it, e.g. in `finally`).
 */
class HashPool {
    workers = [];
    queue = [];
    queueHead = 0;
    /** The cost of the requests queued, not yet sent to a worker. */
    backlog = 0;
    inflight = new Map();
    nextId = 1;
    closed = false;
    inline;
    size;
    onBytes;
    adaptive;
    constructor(options = {}) {
        this.size = Math.max(1, options.workers ?? (0,concurrency/* defaultHashThreads */.z2)());
        this.onBytes = options.onBytes;
        this.adaptive = options.adaptive ?? false;
    }
    spawn() {
        const w = new external_node_worker_threads_.Worker(workerSource(), { eval: true });
        this.inflight.set(w, new Map());
        w.on('message', (res) => {
            const pending = this.inflight.get(w).get(res.id);
            this.inflight.get(w).delete(res.id);
            this.feed(w);
            pending?.resolve(res);
        });
        w.on('error', (e) => this.fail(w, e));
        w.on('exit', (code) => {
            if (!this.closed)
                this.fail(w, new Error(`hash worker exited with code ${code}`));
        });
        this.workers.push(w);
        return w;
    }
    fail(w, e) {
        for (const p of this.inflight.get(w)?.values() ?? [])
            p.reject(e);
        this.inflight.get(w)?.clear();
    }
    /** Keep up to two requests in flight per worker so it never waits for the main thread. */
    feed(w) {
        const mine = this.inflight.get(w);
        while (mine.size < 2 && this.queueHead < this.queue.length) {
            const { req, pending, cost } = this.queue[this.queueHead];
            this.queue[this.queueHead++] = undefined;
            this.backlog -= cost;
            mine.set(req.id, pending);
            w.postMessage(req);
        }
        if (this.queueHead === this.queue.length) {
            this.queue = [];
            this.queueHead = 0;
        }
    }
    request(req) {
        if (this.closed)
            return Promise.reject(new Error('hash pool is closed'));
        const full = { ...req, id: this.nextId++ };
        const cost = requestCost(full);
        const promise = new Promise((resolve, reject) => {
            this.queue.push({ req: full, pending: { resolve, reject }, cost });
        });
        this.backlog += cost;
        for (const w of this.workers)
            this.feed(w);
        if (this.workers.length < this.size &&
            (!this.adaptive || this.workers.length === 0 || this.backlog > SPAWN_BACKLOG)) {
            this.feed(this.spawn());
        }
        return promise;
    }
    /**
     * While small-file batches wait in the queue, hash them on this thread (an adaptive pool of
     * more than one thread): the last ones first, the workers take theirs from the front.
     */
    async helpWhileWaiting() {
        if (!this.adaptive || this.size < 2)
            return;
        for (;;) {
            const last = this.queue.length - 1;
            const item = last >= this.queueHead ? this.queue[last] : undefined;
            // Batches of small files only: a large file read here would keep the workers' answers
            // (and their next requests) waiting.
            if (item === undefined || item.req.kind !== 'files' || item.cost > HELP_COST)
                return;
            if (this.closed)
                return;
            this.queue.pop();
            this.backlog -= item.cost;
            this.inline ??= hashRequestHandler(crc64/* crc64nvmeKernel */.O);
            item.pending.resolve(this.inline(item.req));
            // Let the workers' answers in (and feed them) between batches.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    /**
     * The hash values (of `type`, default `sha2-256-chunked`) of `files`, in order. A file that
     * cannot be read, or whose size is no longer the one given, or that is no longer what the
     * listing saw (`identity`), rejects with a message naming it.
     */
    async hashFiles(files, type = hash/* SHA256_CHUNKED */.Bg) {
        if (this.workers.length === 0 && isSmallJob(files))
            return this.hashHere(files, type);
        const out = new Array(files.length);
        const jobs = [];
        let batch = [];
        let indexes = [];
        let batchBytes = 0;
        const flush = () => {
            if (batch.length === 0)
                return;
            const items = batch;
            const at = indexes;
            const bytes = batchBytes;
            batch = [];
            indexes = [];
            batchBytes = 0;
            jobs.push(this.request({ kind: 'files', type, files: items }).then((res) => {
                const values = smallValues(res, items);
                for (let i = 0; i < values.length; i++)
                    out[at[i]] = values[i];
                this.onBytes?.(bytes, items.length);
            }));
        };
        for (let index = 0; index < files.length; index++) {
            const file = files[index];
            const chunk = (0,hash/* chunkSize */.ZL)(file.size);
            if (file.size <= chunk && file.size <= hash/* MULTIPART_THRESHOLD */.xf) {
                batch.push(smallFile(file));
                indexes.push(index);
                batchBytes += file.size;
                if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES)
                    flush();
            }
            else {
                jobs.push(this.hashFile(file, type).then((v) => {
                    out[index] = v;
                }));
            }
        }
        flush();
        // Every job's failure is handled before this thread helps (a job may fail meanwhile, and
        // a rejection nothing awaits yet would end the process).
        const all = settleAll(jobs);
        all.catch(() => undefined);
        await this.helpWhileWaiting();
        await all;
        return out;
    }
    /** A small job on the main thread: starting worker threads would cost more than it saves. */
    hashHere(files, type) {
        this.inline ??= hashRequestHandler(crc64/* crc64nvmeKernel */.O);
        const items = files.map(smallFile);
        const out = smallValues(this.inline({ id: 0, kind: 'files', type, files: items }), items);
        this.onBytes?.(files.reduce((n, f) => n + f.size, 0), files.length);
        return out;
    }
    /** The digests of a file's quilt parts, each hashed by a worker. */
    async partDigests(file, algorithm, report) {
        const chunk = (0,hash/* chunkSize */.ZL)(file.size);
        const n = Math.ceil(file.size / chunk);
        const parts = [];
        for (let i = 0; i < n; i++) {
            const offset = i * chunk;
            const length = Math.min(chunk, file.size - offset);
            parts.push(this.request({
                kind: 'part',
                path: file.path,
                fd: file.fd,
                algorithm,
                offset,
                length,
                last: i === n - 1
            }).then((res) => {
                if (res.error !== undefined)
                    throw new Error(res.error);
                if (report)
                    this.onBytes?.(length, 0);
                return { digest: res.digest, size: length };
            }));
        }
        return settleAll(parts);
    }
    /**
     * The hash value (of `type`, default `sha2-256-chunked`) of one file, its parts hashed in
     * parallel by the workers, read through `file.fd` when given.
     */
    async hashFile(file, type = hash/* SHA256_CHUNKED */.Bg) {
        const algorithm = type === hash/* SHA256_CHUNKED */.Bg ? 'sha256' : 'crc64nvme';
        const value = (0,hash/* combineParts */.YH)(type, await this.partDigests(file, algorithm, true));
        // Read whole: still the file the listing saw.
        if (file.identity)
            (0,sources_file/* checkFilesUnchanged */.JH)([{ path: file.path, identity: file.identity }]);
        this.onBytes?.(0, 1);
        return value;
    }
    /**
     * The ETag S3 gives the file uploaded with quilt's part sizes (quilt3 `_calculate_etag`): the
     * MD5 of the file below 8 MiB, else the MD5 of the parts' MD5s and `-N`; quoted.
     */
    async s3Etag(file) {
        const digests = file.size === 0 ? [] : await this.partDigests(file, 'md5', false);
        if (file.size < hash/* MULTIPART_THRESHOLD */.xf) {
            return `"${Buffer.from(digests[0]?.digest ?? (0,external_node_crypto_.createHash)('md5').digest()).toString('hex')}"`;
        }
        const md5 = (0,external_node_crypto_.createHash)('md5');
        for (const d of digests)
            md5.update(d.digest);
        return `"${md5.digest('hex')}-${digests.length}"`;
    }
    /** Legacy `SHA256` of a file (hex), for verifying old manifests. */
    async legacySha256File(file) {
        const res = await this.request({ kind: 'sha256', path: file.path, size: file.size });
        if (res.error !== undefined)
            throw new Error(res.error);
        this.onBytes?.(file.size, 1);
        return res.hex;
    }
    async close() {
        this.closed = true;
        for (const item of this.queue.slice(this.queueHead))
            item?.pending.reject(new Error('hash pool closed'));
        this.queue = [];
        // Requests a worker was given: their answers will not come.
        for (const pending of this.inflight.values()) {
            for (const p of pending.values())
                p.reject(new Error('hash pool closed'));
            pending.clear();
        }
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
/** What a worker is sent of a small file. */
function smallFile(f) {
    return f.identity
        ? { path: f.path, size: f.size, ino: f.identity.ino, mtimeMs: f.identity.mtimeMs }
        : { path: f.path, size: f.size };
}
/** The hashes of a `files` answer, or the error of its first failure, naming the file. */
function smallValues(res, items) {
    if (res.error !== undefined)
        throw new Error(res.error);
    const failure = res.failures?.[0];
    if (failure !== undefined)
        throw failureError(failure, items[failure.index]);
    return res.values;
}
/** A worker's failure to hash `file` as the user should read it. */
function failureError(f, file) {
    if (f.now !== undefined) {
        const was = { ino: file.ino, size: file.size, mtimeMs: file.mtimeMs };
        return new errors/* FileChangedError */.jL(file.path, (0,sources_file/* identityDifference */.qA)(was, f.now) ?? 'it changed');
    }
    if (f.changed !== undefined) {
        // Without the listing's view: the worker's words, as before.
        return file.ino === undefined
            ? new Error(`File ${file.path} changed while it was being hashed (expected ${file.size} bytes)`)
            : new errors/* FileChangedError */.jL(file.path, f.changed);
    }
    if (f.code !== undefined) {
        return (0,sources_file/* sourceError */.I8)(file.path, Object.assign(new Error(f.error), { code: f.code }));
    }
    return new Error(f.error);
}
/** Like Promise.all, but waits for every promise before rejecting with the first error. */
async function settleAll(promises) {
    const results = await Promise.allSettled(promises);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
    return results.map((r) => r.value);
}


/***/ }),

/***/ 9579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TH: () => (/* binding */ prepareRevision),
  bX: () => (/* binding */ readParent)
});

// UNUSED EXPORTS: preparePackage

// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/quilt/format/manifest.ts
var format_manifest = __nccwpck_require__(7000);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __nccwpck_require__(2378);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/quilt/py/yaml.ts
/** YAML as PyYAML's `safe_load` reads it (YAML 1.1 with PyYAML's own resolvers), with Python's types. */

// PyYAML's implicit resolvers (yaml/resolver.py) where the yaml package's YAML 1.1 schema
// resolves more: `y`/`n` are not booleans, `1e3` and `.` are strings, `09` is not an int, a date
// needs two-digit month and day.
const PY_FLOAT = '(?:[-+]?[0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*)';
const PY_RESOLVERS = [
    { tag: 'bool', when: /rue/, test: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/ },
    { tag: 'bool', when: /alse/, test: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/ },
    { tag: 'int', format: undefined, test: /^[-+]?(?:0|[1-9][0-9_]*)$/ },
    { tag: 'int', format: 'TIME', test: /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/ },
    { tag: 'float', format: 'EXP', test: new RegExp(`^${PY_FLOAT}[eE][-+][0-9]+$`) },
    { tag: 'float', format: undefined, when: /\\\.\[0-9_\]\*\$/, test: new RegExp(`^${PY_FLOAT}$`) },
    {
        tag: 'timestamp',
        test: /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/
    }
];
function pyYamlTags(tags) {
    const out = tags.map((t) => {
        if (typeof t !== 'object' || !('test' in t) || !(t.test instanceof RegExp))
            return t;
        const scalar = t;
        const rule = PY_RESOLVERS.find((r) => scalar.tag === `tag:yaml.org,2002:${r.tag}` &&
            (r.tag === 'timestamp' || scalar.format === r.format) &&
            (!r.when || r.when.test(scalar.test.source)));
        if (!rule)
            return t;
        if (rule.tag !== 'timestamp')
            return { ...scalar, test: rule.test };
        // PyYAML makes a date; its value is not needed, only that it is not a string.
        const replaced = {
            ...scalar,
            test: rule.test,
            resolve: (value, onError, options) => {
                try {
                    return scalar.resolve(value, onError, options);
                }
                catch {
                    return new Date(NaN);
                }
            }
        };
        return replaced;
    });
    // Explicit `!!float` / `!!int` on any text, as PyYAML's constructors read it.
    const explicit = (tag) => ({
        tag: `tag:yaml.org,2002:${tag}`,
        default: false,
        resolve: (text, onError) => {
            const v = text.replace(/_/g, '').toLowerCase();
            const sign = v.startsWith('-') ? -1 : 1;
            const body = v.replace(/^[-+]/, '');
            if (tag === 'float') {
                if (body === '.inf')
                    return sign * Infinity;
                if (body === '.nan')
                    return NaN;
                const n = body.includes(':')
                    ? body.split(':').reduce((acc, part) => acc * 60 + Number(part), 0)
                    : /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$|^(?:inf|infinity|nan)$/.test(body)
                        ? Number(body.replace(/^inf(inity)?$/, 'Infinity'))
                        : NaN;
                if (Number.isNaN(n) && body !== 'nan')
                    onError(`could not convert string to float: ${text}`);
                return sign * n;
            }
            try {
                const base = body.startsWith('0b')
                    ? 2
                    : body.startsWith('0x')
                        ? 16
                        : /^0\d/.test(body)
                            ? 8
                            : 10;
                const digits = base === 10 || base === 8 ? body : body.slice(2);
                if (body.includes(':')) {
                    return BigInt(sign) * body.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n);
                }
                const prefix = base === 2 ? '0b' : base === 16 ? '0x' : base === 8 ? '0o' : '';
                if (!/^[0-9a-f]+$/.test(digits))
                    throw new Error('not an int');
                return BigInt(sign) * BigInt(prefix + (base === 8 ? digits.slice(1) : digits));
            }
            catch {
                onError(`invalid literal for int(): ${text}`);
                return null;
            }
        }
    });
    out.push(explicit('float'), explicit('int'));
    // `!!omap` and `!!pairs` make lists of pairs (Python lists), not mappings.
    for (const tag of ['omap', 'pairs']) {
        const i = out.findIndex((t) => typeof t === 'object' && t.tag === `tag:yaml.org,2002:${tag}`);
        if (i >= 0)
            out.splice(i, 1);
        const pairs = {
            tag: `tag:yaml.org,2002:${tag}`,
            collection: 'seq',
            default: false,
            resolve: (seq, onError) => {
                if (!(0,dist/* isSeq */.oP)(seq) || !seq.items.every((x) => (0,dist/* isMap */.jh)(x) && x.items.length === 1))
                    onError(`expected a sequence of one-pair mappings for !!${tag}`);
                return seq;
            }
        };
        out.push(pairs);
    }
    // `=` is PyYAML's `value` tag, which safe_load cannot construct.
    const value = {
        tag: 'tag:yaml.org,2002:value',
        default: true,
        test: /^=$/,
        resolve: (_value, onError) => {
            onError('could not determine a constructor for the tag tag:yaml.org,2002:value');
            return null;
        }
    };
    out.push(value);
    return out;
}
// PyYAML's reader refuses these characters anywhere in the stream.
// eslint-disable-next-line no-control-regex -- PyYAML's own table, control characters included
const PY_NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// Line breaks for PyYAML (YAML 1.1), not for the yaml package: refused rather than read otherwise.
const PY_ONLY_LINE_BREAKS = /[\x85\u2028\u2029]/;
/** UTF-8 text as Python's `bytes.decode()` reads it (invalid bytes are an error). */
function decodeUtf8(data) {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
}
/**
 * YAML as PyYAML's `safe_load` reads it (throws when safe_load would), with Python's types: ints
 * as bigint, floats as numbers, mappings as Maps (non-string keys replaced by `keyFor(key)`), dates,
 * bytes and sets as such.
 */
function pyYamlSafeLoad(text, keyFor) {
    if (PY_NON_PRINTABLE.test(text) || PY_ONLY_LINE_BREAKS.test(text))
        throw new Error('unacceptable character');
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        version: '1.1',
        schema: 'yaml-1.1',
        uniqueKeys: false,
        intAsBigInt: true,
        customTags: pyYamlTags,
        // Problems are collected on the document (and refused below), not printed.
        logLevel: 'error'
    });
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        throw new Error('not safe_load-able');
    let unhashable = false;
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const key = (0,dist/* isAlias */.Vj)(pair.key) ? pair.key.resolve(doc) : pair.key;
            if ((0,dist/* isCollection */.P3)(key))
                unhashable = true;
        }
    });
    if (unhashable)
        throw new Error('found unhashable key');
    const typed = (v) => {
        if (Array.isArray(v))
            return v.map(typed);
        if (v instanceof Map) {
            const m = new Map();
            for (const [k, x] of v)
                m.set(typeof k === 'string' ? k : keyFor(k), typed(x));
            return m;
        }
        return v;
    };
    return typed(doc.toJS({ mapAsMap: true }));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./src/quilt/py/json.ts
var json = __nccwpck_require__(5063);
// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
;// CONCATENATED MODULE: ./src/quilt/py/regex.ts
/**
 * Python regular expressions (`re`, str patterns, no flags) as JavaScript RegExps with the same
 * meaning, for workflow `handle_pattern`s and JSON Schema `pattern`s. What cannot be translated
 * faithfully is refused with an error rather than guessed; what Python refuses (`re.error`) is
 * refused too, so that a pattern quilt3 cannot compile never passes here.
 *
 * Differences handled: `.` excludes only `\n` in Python (JS also excludes `\r`, U+2028/9); `$`
 * also matches before a final `\n`; `\d`, `\w`, `\s`, `\b` are Unicode-aware (as Python's str
 * patterns: `\w` is `str.isalnum()` or `_`, `\s` is `str.isspace()`); `\A`, `\Z`; `(?P<name>...)`,
 * `(?P=name)` (Unicode names); a `{` that is not a quantifier is a literal, `{,n}` is `{0,n}`;
 * octal (`\0`, `\12` in classes, `\123`), `\x`, `\u`, `\U` escapes; `\D`, `\W`, `\S` inside
 * classes; quantified lookarounds; `(?#...)` comments (a quantifier after one applies to the item
 * before it). Python's errors are reproduced: nothing to repeat, multiple repeat, bad escapes and
 * ranges, open or unknown group references, variable-width look-behinds, repeat counts of 2**32-1
 * and more.
 *
 * Refused although Python accepts them: inline flags (`(?i)`, `(?i:...)`), conditionals
 * (`(?(1)a|b)`), atomic groups, possessive quantifiers, `\N{...}`, POSIX-looking `[[:`, group
 * references inside look-behinds, and references to a group that may not have taken part in the
 * match when the reference is reached (one inside a repeated or optional group, another branch of
 * an alternation, or a negative lookaround): Python fails such a reference, JavaScript matches it
 * as empty, and a repeated group's last value differs between the two engines.
 */
class PatternError extends Error {
    pattern;
    constructor(pattern, reason) {
        super(`Cannot use the regular expression ${JSON.stringify(pattern)}: ${reason}`);
        this.pattern = pattern;
        this.name = 'PatternError';
    }
}
// Python's str.isspace() characters.
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// Python's \w for str: alphanumerics (letters, numerics) and underscore.
const WORD = '\\p{L}\\p{N}_';
const DIGIT = '\\p{Nd}';
const CLASS_ESCAPES = { d: DIGIT, w: WORD, s: SPACE };
const NEGATED = { D: 'd', W: 'w', S: 's' };
const CONTROL = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
const OCTAL = /^[0-7]$/;
const DECIMAL = /^[0-9]$/;
const HEX = /^[0-9a-fA-F]$/;
/** sre's MAXREPEAT (a repeat count must be below it). */
const MAXREPEAT = 4294967295;
/**
 * The search is made by the pattern itself, from the start: JavaScript's own search loop (V8)
 * also tries positions between the two halves of a surrogate pair, where look-arounds see lone
 * surrogates (`\\B` would match inside '😀'); Python strings have no such positions. A lazy
 * `[\\s\\S]*?` steps over whole code points.
 */
const SEARCH = '^[\\s\\S]*?';
function cp(n) {
    return `\\u{${n.toString(16)}}`;
}
class Translator {
    source;
    i = 0;
    p;
    frames = [{ kind: 'root', branches: 1, quantified: false }];
    stack = [0];
    captures = [];
    names = new Map();
    refs = [];
    lookbehinds = 0;
    constructor(source) {
        this.source = source;
        this.p = Array.from(source);
    }
    fail(reason) {
        throw new PatternError(this.source, reason);
    }
    peek(k = 0) {
        return this.p[this.i + k];
    }
    path() {
        return this.stack.map((frame) => ({ frame, branch: this.frames[frame].branches - 1 }));
    }
    translate() {
        const out = this.alternation();
        if (this.i < this.p.length) {
            if (this.peek() === ')')
                this.fail(`unbalanced parenthesis at position ${this.i}`);
            this.fail(`unexpected ${JSON.stringify(this.peek())} at position ${this.i}`);
        }
        this.checkReferences();
        return `${SEARCH}(?:${out.text})`;
    }
    /** Branches separated by `|`, in the current frame. */
    alternation() {
        const frame = this.frames[this.stack[this.stack.length - 1]];
        const branches = [this.sequence()];
        while (this.peek() === '|') {
            this.i++;
            frame.branches++;
            branches.push(this.sequence());
        }
        if (branches.length === 1)
            return branches[0];
        return {
            text: branches.map((b) => b.text).join('|'),
            min: Math.min(MAXREPEAT - 1, ...branches.map((b) => b.min)),
            max: Math.max(0, ...branches.map((b) => b.max)),
            kind: 'unit'
        };
    }
    sequence() {
        const items = [];
        while (this.i < this.p.length && this.peek() !== '|' && this.peek() !== ')') {
            const c = this.peek();
            if (c === '*' || c === '+' || c === '?' || (c === '{' && this.braceQuantifier())) {
                const last = items.pop();
                if (last === undefined || last.kind === 'at')
                    this.fail(`nothing to repeat at position ${this.i}`);
                if (last.kind === 'repeat')
                    this.fail(`multiple repeat at position ${this.i}`);
                items.push(this.quantify(last));
                continue;
            }
            const item = this.atom();
            if (item)
                items.push(item);
        }
        let min = 0;
        let max = 0;
        for (const it of items) {
            min += it.min;
            max += it.max;
        }
        return {
            text: items.map((it) => it.text).join(''),
            min: Math.min(min, MAXREPEAT - 1),
            max: Math.min(max, MAXREPEAT),
            kind: 'unit'
        };
    }
    /** A `{m,n}` quantifier at the current position: its bounds, or null (then `{` is a literal). */
    braceQuantifier() {
        let j = this.i + 1;
        let lo = '';
        while (DECIMAL.test(this.p[j] ?? ''))
            lo += this.p[j++];
        let hi;
        if (this.p[j] === ',') {
            j++;
            hi = '';
            while (DECIMAL.test(this.p[j] ?? ''))
                hi += this.p[j++];
        }
        if (this.p[j] !== '}')
            return null;
        // `{}` is a literal; `{,}` is {0,inf}.
        if (lo === '' && hi === undefined)
            return null;
        return { lo, hi, length: j + 1 - this.i };
    }
    quantify(item) {
        const c = this.peek();
        let lo;
        let hi;
        let q;
        if (c === '{') {
            const b = this.braceQuantifier();
            lo = b.lo === '' ? 0 : Number(b.lo);
            hi = b.hi === undefined ? lo : b.hi === '' ? MAXREPEAT : Number(b.hi);
            if (lo >= MAXREPEAT || (b.hi !== undefined && b.hi !== '' && hi >= MAXREPEAT))
                this.fail('the repetition number is too large');
            if (hi < lo)
                this.fail(`min repeat greater than max repeat at position ${this.i + 1}`);
            q = b.hi === undefined ? `{${lo}}` : `{${lo},${b.hi === '' ? '' : hi}}`;
            this.i += b.length;
        }
        else {
            this.i++;
            [lo, hi, q] = c === '*' ? [0, MAXREPEAT, '*'] : c === '+' ? [1, MAXREPEAT, '+'] : [0, 1, '?'];
        }
        if (this.peek() === '?') {
            q += '?';
            this.i++;
        }
        else if (this.peek() === '+') {
            this.fail('possessive quantifiers have no JavaScript equivalent');
        }
        if (item.frame !== undefined)
            this.frames[item.frame].quantified = true;
        const max = hi === MAXREPEAT && item.max > 0 ? MAXREPEAT : Math.min(item.max * hi, MAXREPEAT);
        return {
            text: item.text + q,
            min: Math.min(item.min * lo, MAXREPEAT - 1),
            max,
            kind: 'repeat'
        };
    }
    /** The next atom; null for a comment. */
    atom() {
        const c = this.p[this.i++];
        const unit = (text) => ({ text, min: 1, max: 1, kind: 'unit' });
        const at = (text) => ({ text, min: 0, max: 0, kind: 'at' });
        switch (c) {
            case '.':
                return unit('[^\\n]');
            case '^':
                return at('^');
            case '$':
                // Python: at the end, or before a newline that ends the string.
                return at('(?=\\n?$)');
            case '(':
                return this.group();
            case '[':
                return unit(this.charClass());
            case '\\':
                return this.escape();
            default:
                // `{` here is not a quantifier (see sequence): a literal, as are `}` and `]`.
                return unit(cp(c.codePointAt(0)));
        }
    }
    open(kind) {
        this.frames.push({ kind, branches: 1, quantified: false });
        const id = this.frames.length - 1;
        return id;
    }
    /** The body of a group up to its `)`, in a new frame. */
    body(frame) {
        this.stack.push(frame);
        const inner = this.alternation();
        this.stack.pop();
        if (this.p[this.i++] !== ')')
            this.fail('missing ), unterminated subpattern');
        return inner;
    }
    capture(name) {
        const path = this.path();
        const frame = this.open('group');
        const number = this.captures.length + 1;
        this.captures.push({ path, frame, closed: false });
        if (name !== null)
            this.names.set(name, number);
        const inner = this.body(frame);
        this.captures[number - 1].closed = true;
        return { text: `(${inner.text})`, min: inner.min, max: inner.max, kind: 'unit', frame };
    }
    reference(group, name) {
        const c = this.captures[group - 1];
        if (c === undefined)
            this.fail(`invalid group reference ${name}`);
        if (!c.closed)
            this.fail(`cannot refer to an open group (${name})`);
        if (this.lookbehinds > 0)
            this.fail(`group references inside a look-behind (${name}) are not supported`);
        this.refs.push({ group, path: this.path(), name });
        // The width of a reference is the width of its group; not needed outside look-behinds.
        return { text: `(?:\\${group})`, min: 0, max: MAXREPEAT, kind: 'unit' };
    }
    groupName(end) {
        let name = '';
        for (;;) {
            const ch = this.p[this.i++];
            if (ch === undefined)
                this.fail(`missing ${end}, unterminated name`);
            if (ch === end)
                break;
            name += ch;
        }
        if (name === '')
            this.fail('missing group name');
        if (!/^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(name))
            this.fail(`bad character in group name ${JSON.stringify(name)}`);
        return name;
    }
    group() {
        if (this.peek() !== '?')
            return this.capture(null);
        this.i++;
        const c = this.p[this.i++];
        if (c === ':') {
            const frame = this.open('group');
            const inner = this.body(frame);
            return { text: `(?:${inner.text})`, min: inner.min, max: inner.max, kind: 'unit', frame };
        }
        if (c === '=' || c === '!') {
            const frame = this.open(c === '=' ? 'lookahead' : 'neglookahead');
            const inner = this.body(frame);
            // Wrapped: JS refuses a quantifier on a bare lookaround, Python accepts one.
            return { text: `(?:(?${c}${inner.text}))`, min: 0, max: 0, kind: 'unit', frame };
        }
        if (c === '<' && (this.peek() === '=' || this.peek() === '!')) {
            const d = this.p[this.i++];
            const frame = this.open(d === '=' ? 'lookbehind' : 'neglookbehind');
            this.lookbehinds++;
            const inner = this.body(frame);
            this.lookbehinds--;
            if (inner.min !== inner.max)
                this.fail('look-behind requires fixed-width pattern');
            return { text: `(?:(?<${d}${inner.text}))`, min: 0, max: 0, kind: 'unit', frame };
        }
        if (c === 'P' && this.peek() === '<') {
            this.i++;
            const name = this.groupName('>');
            if (this.names.has(name))
                this.fail(`redefinition of group name ${JSON.stringify(name)}`);
            return this.capture(name);
        }
        if (c === 'P' && this.peek() === '=') {
            this.i++;
            const name = this.groupName(')');
            const number = this.names.get(name);
            if (number === undefined)
                this.fail(`unknown group name ${JSON.stringify(name)}`);
            return this.reference(number, name);
        }
        if (c === '#') {
            for (;;) {
                const ch = this.p[this.i++];
                if (ch === undefined)
                    this.fail('missing ), unterminated comment');
                if (ch === ')')
                    return null;
            }
        }
        if (c === undefined)
            this.fail('unexpected end of pattern');
        if (c === 'P')
            this.fail(`unknown extension ?P${this.peek() ?? ''}`);
        if (c === '<')
            this.fail(`unknown extension ?<${this.peek() ?? ''}`);
        return this.fail(`the construct (?${c}...) (inline flags, conditionals, atomic groups) is not supported`);
    }
    /** An escape outside a class. */
    escape() {
        const c = this.p[this.i++];
        if (c === undefined)
            this.fail('bad escape (end of pattern)');
        const unit = (text) => ({ text, min: 1, max: 1, kind: 'unit' });
        if (c in CLASS_ESCAPES)
            return unit(`[${CLASS_ESCAPES[c]}]`);
        if (c in NEGATED)
            return unit(`[^${CLASS_ESCAPES[NEGATED[c]]}]`);
        const at = (text) => ({ text, min: 0, max: 0, kind: 'at' });
        if (c === 'A')
            return at('^');
        if (c === 'Z')
            return at('$');
        if (c === 'b' || c === 'B') {
            const w = `[${WORD}]`;
            const boundary = `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
            // Python: \B never matches in an empty string.
            const inside = `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
            return at(c === 'b' ? boundary : inside);
        }
        if (/^[1-9]$/.test(c)) {
            // Three octal digits make an octal escape; otherwise one or two digits: a group reference.
            let digits = c;
            if (DECIMAL.test(this.peek() ?? '')) {
                digits += this.p[this.i++];
                if (OCTAL.test(digits[0]) && OCTAL.test(digits[1]) && OCTAL.test(this.peek() ?? '')) {
                    digits += this.p[this.i++];
                    const v = parseInt(digits, 8);
                    if (v > 0o377)
                        this.fail(`octal escape value \\${digits} outside of range 0-0o377`);
                    return unit(cp(v));
                }
            }
            return this.reference(Number(digits), digits);
        }
        return unit(cp(this.literalEscape(c, false)));
    }
    /** The code point of a literal escape (`\n`, `\x41`, `\u00e9`, `\.`, octal...). */
    literalEscape(c, inClass) {
        if (c in CONTROL)
            return CONTROL[c];
        if (OCTAL.test(c) && (c === '0' || inClass)) {
            // `\0` and up to two more octal digits; in a class, any octal digit starts one.
            let oct = c;
            while (OCTAL.test(this.peek() ?? '') && oct.length < 3)
                oct += this.p[this.i++];
            const v = parseInt(oct, 8);
            if (v > 0o377)
                this.fail(`octal escape value \\${oct} outside of range 0-0o377`);
            return v;
        }
        const hexLen = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
        if (hexLen > 0) {
            let hex = '';
            while (hex.length < hexLen && HEX.test(this.peek() ?? ''))
                hex += this.p[this.i++];
            if (hex.length < hexLen)
                this.fail(`incomplete escape \\${c}${hex}`);
            const v = parseInt(hex, 16);
            if (v > 0x10ffff)
                this.fail(`bad escape \\${c}${hex}`);
            return v;
        }
        if (c === 'N')
            this.fail('\\N{...} named characters are not supported');
        if (/^[A-Za-z0-9]$/.test(c))
            this.fail(`bad escape \\${c}`);
        return c.codePointAt(0);
    }
    /** One member of a class: a code point, or a class escape (`\d`, `\W`...). */
    classMember(c) {
        if (c !== '\\') {
            if (c === '[' && this.peek() === ':')
                this.fail('POSIX classes like [:alpha:] are not supported');
            return { single: c.codePointAt(0) };
        }
        const e = this.p[this.i++];
        if (e === undefined)
            this.fail('bad escape (end of pattern)');
        if (e in CLASS_ESCAPES || e in NEGATED)
            return { escape: e };
        if (e === 'b')
            return { single: 8 };
        return { single: this.literalEscape(e, true) };
    }
    charClass() {
        let negate = false;
        if (this.peek() === '^') {
            negate = true;
            this.i++;
        }
        let body = '';
        // Members that JS cannot put in a class (`\W`, `\S`): complements of these classes.
        const complements = [];
        let first = true;
        for (;;) {
            const c = this.p[this.i++];
            if (c === undefined)
                this.fail('unterminated character set');
            if (c === ']' && !first)
                break;
            first = false;
            const m = this.classMember(c);
            if (this.peek() === '-') {
                const d = this.peek(1);
                if (d === undefined)
                    this.fail('unterminated character set');
                if (d !== ']') {
                    // A range: both ends must be single characters.
                    this.i += 2;
                    const hi = this.classMember(d);
                    const text = (x) => 'escape' in x ? `\\${x.escape}` : String.fromCodePoint(x.single);
                    if ('escape' in m || 'escape' in hi || hi.single < m.single)
                        this.fail(`bad character range ${text(m)}-${text(hi)}`);
                    body += `${cp(m.single)}-${cp(hi.single)}`;
                    continue;
                }
            }
            if ('single' in m)
                body += cp(m.single);
            else if (m.escape in CLASS_ESCAPES)
                body += CLASS_ESCAPES[m.escape];
            else if (m.escape === 'D')
                body += '\\P{Nd}';
            else
                complements.push(`[^${CLASS_ESCAPES[NEGATED[m.escape]]}]`);
        }
        if (complements.length === 0)
            return `[${negate ? '^' : ''}${body}]`;
        const union = [...(body ? [`[${body}]`] : []), ...complements].join('|');
        return negate ? `(?:(?!${union})[\\s\\S])` : `(?:${union})`;
    }
    /**
     * Python fails a reference to a group that did not take part in the match; JS matches it as
     * empty. Only references to groups that certainly matched before them are accepted.
     */
    checkReferences() {
        for (const ref of this.refs) {
            const group = this.captures[ref.group - 1];
            const where = new Map(ref.path.map((x) => [x.frame, x.branch]));
            const unsure = (reason) => this.fail(`the reference to group ${ref.name} may run before that group matched (${reason}); Python and JavaScript differ there`);
            for (const { frame, branch } of group.path) {
                const f = this.frames[frame];
                const refBranch = where.get(frame);
                if (refBranch !== undefined) {
                    if (refBranch !== branch)
                        unsure('another branch of an alternation');
                }
                else {
                    if (f.branches > 1)
                        unsure('the group is in an alternation');
                    if (f.quantified)
                        unsure('the group is repeated or optional');
                    if (f.kind === 'neglookahead' || f.kind === 'neglookbehind')
                        unsure('the group is in a negative lookaround');
                }
            }
            if (!where.has(group.frame) && this.frames[group.frame].quantified)
                unsure('the group is repeated or optional');
        }
    }
}
/** Translate a Python pattern to the source of an equivalent JS RegExp (use with the `u` flag). */
function translatePyRegex(pattern) {
    return new Translator(pattern).translate();
}
/** A RegExp that behaves like `re.compile(pattern)` for `search`. */
function pyRegExp(pattern) {
    const source = translatePyRegex(pattern);
    try {
        return new RegExp(source, 'u');
    }
    catch (e) {
        throw new PatternError(pattern, `its translation is not a valid JavaScript pattern (${e.message})`);
    }
}
/** Python `re.search(pattern, s) is not None`. */
function pySearch(pattern, s) {
    return (typeof pattern === 'string' ? pyRegExp(pattern) : pattern).test(s);
}

;// CONCATENATED MODULE: ./src/quilt/workflows/jsonschema.ts
/**
 * JSON Schema validation worded as Python's jsonschema words it (quilt3 checks metadata with it):
 * the first message jsonschema reports, then every violation with its JSON path.
 */




/** ajv's regular-expression engine: Python semantics (`code` names it for standalone code only). */
const PY_REGEXP_ENGINE = Object.assign((source) => pyRegExp(source), { code: 'pyRegExp' });
function makeAjv() {
    return new ajv.Ajv({
        allErrors: true,
        strict: false,
        // Errors carry their schema (describeError quotes its values).
        verbose: true,
        validateFormats: false,
        // JSON Schema `pattern`s are Python regular expressions here, as with quilt3's jsonschema.
        code: { regExp: PY_REGEXP_ENGINE }
    });
}
/** Values from YAML that have no JSON type (PyYAML makes date, bytes, set). */
function isPythonOnly(v) {
    return v instanceof Date || v instanceof Uint8Array || v instanceof Set;
}
const PYTHON_OBJECT = Symbol('a Python object of no JSON type');
/**
 * Stand-ins for YAML mapping keys that are not strings (PyYAML keeps ints, None, booleans as
 * keys; jsonschema's `propertyNames` ignores them): short strings that pass the config schema's
 * key rules (at most 64 characters), one per distinct key as Python shows it, so loading a config
 * again adds none. No workflow input or YAML string can name them.
 */
const KEY_PREFIX = `--qpa-${Math.random().toString(36).slice(2, 10)}-`;
const STAND_IN_OF_REPR = new Map();
const REPR_OF_STAND_IN = new Map();
function keyStandIn(key) {
    const repr = pyValueRepr(key, true);
    let standIn = STAND_IN_OF_REPR.get(repr);
    if (standIn === undefined) {
        standIn = `${KEY_PREFIX}${STAND_IN_OF_REPR.size}`;
        STAND_IN_OF_REPR.set(repr, standIn);
        REPR_OF_STAND_IN.set(standIn, repr);
    }
    return standIn;
}
/** The Python repr of the key a stand-in stands for, or undefined for a real key. */
function standInRepr(key) {
    return REPR_OF_STAND_IN.get(key);
}
/** PyValue as the plain JSON value a schema validator sees (ints beyond 2^53 approximated). */
function toPlain(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(toPlain);
    // YAML dates, bytes and sets: no JSON type at all for the validator, as for jsonschema.
    if (isPythonOnly(v))
        return PYTHON_OBJECT;
    if (v instanceof Map) {
        const o = {};
        for (const [k, x] of v)
            Object.defineProperty(o, k, {
                value: toPlain(x),
                enumerable: true,
                writable: true,
                configurable: true
            });
        return o;
    }
    return v;
}
/**
 * A value as Python's `repr` shows it in jsonschema messages. `floats`: the value comes from
 * Python-semantics JSON (`PyValue`: a JS number is a Python float, a bigint an int); otherwise
 * (YAML, plain JSON) integral numbers are ints.
 */
function pyValueRepr(v, floats) {
    if (typeof v === 'string')
        return (0,repr/* pyRepr */.n)(v);
    if (v === null || v === undefined)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
        return floats || !Number.isInteger(v) ? (0,json/* pyFloatRepr */.XO)(v) : String(v);
    }
    if (Array.isArray(v))
        return '[' + v.map((x) => pyValueRepr(x, floats)).join(', ') + ']';
    if (v instanceof Map) {
        const items = [...v.entries()];
        const key = (k) => standInRepr(k) ?? (0,repr/* pyRepr */.n)(k);
        return '{' + items.map(([k, x]) => `${key(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}';
    }
    if (v instanceof Set)
        return `{${[...v].map((x) => pyValueRepr(x, floats)).join(', ')}}`;
    if (v instanceof Uint8Array) {
        let out = "b'";
        for (const b of v) {
            const c = String.fromCharCode(b);
            out +=
                c === '\\' || c === "'"
                    ? '\\' + c
                    : c === '\n'
                        ? '\\n'
                        : c === '\r'
                            ? '\\r'
                            : c === '\t'
                                ? '\\t'
                                : b >= 0x20 && b < 0x7f
                                    ? c
                                    : '\\x' + b.toString(16).padStart(2, '0');
        }
        return out + "'";
    }
    if (v instanceof Date) {
        if (Number.isNaN(v.getTime()))
            return 'datetime';
        const date = [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()];
        const time = [
            v.getUTCHours(),
            v.getUTCMinutes(),
            v.getUTCSeconds(),
            v.getUTCMilliseconds() * 1000
        ];
        if (time.every((x) => x === 0))
            return `datetime.date(${date.join(', ')})`;
        // Python's repr leaves out zero microseconds, then zero seconds.
        while (time.length > 2 && time[time.length - 1] === 0)
            time.pop();
        return `datetime.datetime(${[...date, ...time].join(', ')})`;
    }
    if (typeof v === 'object') {
        const items = Object.entries(v);
        return '{' + items.map(([k, x]) => `${(0,repr/* pyRepr */.n)(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}';
    }
    return typeof v === 'symbol' || typeof v === 'function' ? 'object' : 'None';
}
function unescapePointer(seg) {
    return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}
function pointerSegments(pointer) {
    return pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer);
}
function jsonPath(segments, arrayIndexes) {
    return ('$' +
        segments
            .map((seg, i) => arrayIndexes[i] && /^\d+$/.test(seg)
            ? `[${seg}]`
            : standInRepr(seg) !== undefined
                ? `[${standInRepr(seg)}]`
                : /^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)
                    ? `.${seg}`
                    : `[${JSON.stringify(seg)}]`)
            .join(''));
}
/** A node's keys in order (Maps from Python-semantics JSON keep the text's order). */
function keysOf(node) {
    if (node instanceof Map)
        return [...node.keys()];
    if (node && typeof node === 'object' && !Array.isArray(node))
        return Object.keys(node);
    return [];
}
function childOf(node, key) {
    if (node instanceof Map)
        return node.get(key);
    if (Array.isArray(node))
        return node[Number(key)];
    if (node && typeof node === 'object')
        return node[key];
    return undefined;
}
/** The place an instance path (a JSON pointer) names: its JSON path (`$.a[0]`) and the value there. */
function instanceAt(root, pointer) {
    const segs = pointerSegments(pointer);
    const arrays = [];
    let value = root;
    for (const seg of segs) {
        arrays.push(Array.isArray(value));
        value = childOf(value, seg);
    }
    return { path: jsonPath(segs, arrays), value };
}
function isObjectNode(node) {
    return node instanceof Map || (!!node && typeof node === 'object' && !Array.isArray(node));
}
/**
 * Where a violation comes in Python jsonschema's `iter_errors` order (keywords in the schema's key
 * order, `properties` in theirs, array items and additional properties in the instance's order,
 * `required` in its list's), with the schema that holds the failing keyword. Null for the errors
 * jsonschema does not report: those under `anyOf`, `oneOf`, `not`, `contains` (it reports only
 * the keyword's own error) and ajv's wrappers (`if`, `propertyNames`).
 */
function locate(e, schema, instance) {
    const segs = e.schemaPath
        .replace(/^#/, '')
        .split('/')
        .slice(1)
        .map((seg) => unescapePointer(decodeURIComponent(seg)));
    const inst = pointerSegments(e.instancePath);
    let node = schema;
    let data = instance;
    let depth = 0;
    const order = [];
    const descendData = () => {
        data = childOf(data, inst[depth]);
        depth++;
    };
    for (let i = 0; i < segs.length; i++) {
        const k = segs[i];
        const last = i === segs.length - 1;
        const pos = (name) => keysOf(node).indexOf(name);
        if (k === 'false schema')
            return { order, node };
        switch (k) {
            case 'properties':
            case 'patternProperties': {
                const name = segs[++i];
                order.push(pos(k), keysOf(childOf(node, k)).indexOf(name));
                if (k === 'patternProperties')
                    order.push(keysOf(data).indexOf(inst[depth]));
                node = childOf(childOf(node, k), name);
                descendData();
                continue;
            }
            case 'dependencies': {
                if (last) {
                    const p = e.params;
                    const list = childOf(childOf(node, k), p.property);
                    order.push(pos(k), keysOf(childOf(node, k)).indexOf(p.property));
                    order.push(Array.isArray(list) ? list.indexOf(p.missingProperty) : 0);
                    return { order, node };
                }
                const name = segs[++i];
                order.push(pos(k), keysOf(childOf(node, k)).indexOf(name));
                node = childOf(childOf(node, k), name);
                continue;
            }
            case 'items': {
                order.push(pos(k));
                const items = childOf(node, k);
                if (Array.isArray(items)) {
                    const index = Number(segs[++i]);
                    order.push(index);
                    node = items[index];
                }
                else {
                    order.push(Number(inst[depth]));
                    node = items;
                }
                descendData();
                continue;
            }
            case 'additionalItems':
            case 'additionalProperties': {
                order.push(pos(k));
                if (last)
                    return { order, node };
                order.push(k === 'additionalItems' ? Number(inst[depth]) : keysOf(data).indexOf(inst[depth]));
                node = childOf(node, k);
                descendData();
                continue;
            }
            case 'propertyNames': {
                if (last)
                    return null;
                order.push(pos(k), keysOf(data).indexOf(e.propertyName ?? ''));
                node = childOf(node, k);
                continue;
            }
            case 'definitions': {
                // Only the draft-07 meta-schema (whose `$ref`s ajv follows) leads here.
                const name = segs[++i];
                order.push(pos(k), keysOf(childOf(node, k)).indexOf(name));
                node = childOf(childOf(node, k), name);
                continue;
            }
            case 'allOf': {
                const index = Number(segs[++i]);
                order.push(pos(k), index);
                node = childOf(node, k)[index];
                continue;
            }
            case 'then':
            case 'else':
                order.push(pos('if'));
                node = childOf(node, k);
                continue;
            case 'if':
                return null;
            case 'anyOf':
            case 'oneOf':
            case 'not':
            case 'contains':
                if (!last)
                    return null;
                order.push(pos(k));
                return { order, node };
            case 'required': {
                const list = childOf(node, k);
                const missing = e.params.missingProperty;
                order.push(pos(k), Array.isArray(list) ? list.indexOf(missing) : 0);
                return { order, node };
            }
            default:
                order.push(pos(k));
                return { order, node };
        }
    }
    return { order, node };
}
/** Python `extras_msg`: `'a', 'b' were` / `'a' was`. */
function extrasMsg(extras, floats) {
    return `${extras.map((x) => pyValueRepr(x, floats)).join(', ')} ${extras.length === 1 ? 'was' : 'were'}`;
}
/** jsonschema's message for a violation (Draft 7 keywords, jsonschema 4.x wording). */
function jsonschemaMessage(e, node, value, floats) {
    const r = (v, f = floats) => pyValueRepr(v, f);
    // Schema values come from Python-semantics JSON (or the config schema, written here).
    const sv = (kw) => childOf(node, kw);
    // A schema read with Python semantics is made of Maps; a plain one (the config and meta
    // schemas) has ints as JS numbers.
    const typed = node instanceof Map;
    const sr = (kw) => pyValueRepr(sv(kw), typed);
    const p = e.params;
    const n = (kw) => Number(sv(kw));
    switch (e.keyword) {
        case 'false schema':
            return `False schema does not allow ${r(value)}`;
        case 'required':
            return `${(0,repr/* pyRepr */.n)(String(p.missingProperty))} is a required property`;
        case 'type': {
            const t = sv('type');
            const types = Array.isArray(t) ? t : [t];
            return `${r(value)} is not of type ${types.map((x) => pyValueRepr(x, typed)).join(', ')}`;
        }
        case 'pattern':
            return `${r(value)} does not match ${sr('pattern')}`;
        case 'enum':
            return `${r(value)} is not one of ${sr('enum')}`;
        case 'const':
            return `${sr('const')} was expected`;
        case 'minimum':
            return `${r(value)} is less than the minimum of ${sr('minimum')}`;
        case 'maximum':
            return `${r(value)} is greater than the maximum of ${sr('maximum')}`;
        case 'exclusiveMinimum':
            return `${r(value)} is less than or equal to the minimum of ${sr('exclusiveMinimum')}`;
        case 'exclusiveMaximum':
            return `${r(value)} is greater than or equal to the maximum of ${sr('exclusiveMaximum')}`;
        case 'multipleOf':
            return `${r(value)} is not a multiple of ${sr('multipleOf')}`;
        case 'minLength':
        case 'minItems':
            return `${r(value)} ${n(e.keyword) === 1 ? 'should be non-empty' : 'is too short'}`;
        case 'maxLength':
        case 'maxItems':
            return `${r(value)} ${n(e.keyword) === 0 ? 'is expected to be empty' : 'is too long'}`;
        case 'minProperties':
            return `${r(value)} ${n(e.keyword) === 1 ? 'should be non-empty' : 'does not have enough properties'}`;
        case 'maxProperties':
            return `${r(value)} ${n(e.keyword) === 0 ? 'is expected to be empty' : 'has too many properties'}`;
        case 'uniqueItems':
            return `${r(value)} has non-unique elements`;
        case 'dependencies':
            return `${(0,repr/* pyRepr */.n)(String(p.missingProperty))} is a dependency of ${(0,repr/* pyRepr */.n)(String(p.property))}`;
        case 'anyOf':
            return `${r(value)} is not valid under any of the given schemas`;
        case 'oneOf': {
            const passing = p.passingSchemas;
            if (!passing)
                return `${r(value)} is not valid under any of the given schemas`;
            const all = sv('oneOf');
            const order = [...passing.slice(1), passing[0]];
            return `${r(value)} is valid under each of ${order.map((i) => pyValueRepr(all[i], typed)).join(', ')}`;
        }
        case 'not':
            return `${r(value)} should not be valid under ${sr('not')}`;
        case 'contains':
            return `None of ${r(value)} are valid under the given schema`;
        case 'additionalItems': {
            const items = sv('items');
            const extra = Array.isArray(value) && Array.isArray(items) ? value.slice(items.length) : [];
            return `Additional items are not allowed (${extrasMsg(extra, floats)} unexpected)`;
        }
        default:
            return e.message ?? e.keyword;
    }
}
/**
 * Every violation of a failed validation, in the order Python's jsonschema finds them (its
 * first one is what quilt3 reports). `floats`: see pyValueRepr.
 */
function violationsOf(errors, schema, instance, floats) {
    const out = [];
    // jsonschema reports all additional properties of an object in one error.
    const additional = new Map();
    for (const e of errors) {
        const found = locate(e, schema, instance);
        if (found === null)
            continue;
        let { path, value } = instanceAt(instance, e.instancePath);
        if (e.propertyName !== undefined) {
            value = e.propertyName;
            path += ` (property name ${(0,repr/* pyRepr */.n)(e.propertyName)})`;
        }
        if (e.keyword === 'additionalProperties') {
            const key = `${e.instancePath}\u0000${e.schemaPath}`;
            const name = e.params.additionalProperty;
            const known = additional.get(key);
            if (known)
                known.extras.push(name);
            else {
                const v = { path, message: '', order: found.order };
                additional.set(key, { v, extras: [name], node: found.node });
                out.push(v);
            }
            continue;
        }
        out.push({ path, message: jsonschemaMessage(e, found.node, value, floats), order: found.order });
    }
    for (const { v, extras, node } of additional.values()) {
        // Sorted as Python sorts them (by str(key); stand-ins for non-string keys by their repr).
        const sortKey = (x) => standInRepr(x) ?? x;
        const sorted = [...extras].sort((a, b) => (0,json/* compareCodePoints */.OP)(sortKey(a), sortKey(b)));
        const reprs = sorted.map((x) => standInRepr(x) ?? (0,repr/* pyRepr */.n)(x));
        const patterns = childOf(node, 'patternProperties');
        v.message = isObjectNode(patterns)
            ? `${reprs.join(', ')} ${sorted.length === 1 ? 'does' : 'do'} not match any of the regexes: ${keysOf(patterns)
                .sort(json/* compareCodePoints */.OP)
                .map((x) => (0,repr/* pyRepr */.n)(x))
                .join(', ')}`
            : `Additional properties are not allowed (${reprs.join(', ')} ${reprs.length === 1 ? 'was' : 'were'} unexpected)`;
    }
    const cmp = (a, b) => {
        for (let i = 0; i < Math.min(a.length, b.length); i++)
            if (a[i] !== b[i])
                return a[i] - b[i];
        return a.length - b.length;
    };
    return out.sort((a, b) => cmp(a.order, b.order));
}
/**
 * The violations of a schema against the draft-07 meta-schema, first the one jsonschema's
 * `check_schema` reports. ajv follows the meta-schema's `$ref`s, so its schema paths start over
 * at the referenced definition: errors under a failed `anyOf` are told by their instance path
 * (jsonschema reports only the `anyOf`), and the order is the meta-schema's `properties` order
 * of the schema keyword at fault.
 */
function metaSchemaViolations(errors, metaSchema, tree) {
    const composite = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    const under = (e, c) => e !== c &&
        (e.instancePath === c.instancePath || e.instancePath.startsWith(c.instancePath + '/'));
    const kept = errors.filter((e) => !composite.some((c) => under(e, c)));
    const keywords = keysOf(childOf(metaSchema, 'properties'));
    const rank = (e) => {
        const first = pointerSegments(e.instancePath)[0];
        return first === undefined ? -1 : keywords.indexOf(first);
    };
    const violations = kept.map((e) => {
        const [v] = violationsOf([e], metaSchema, tree, false);
        return { v, rank: rank(e) };
    });
    return violations
        .filter((x) => x.v !== undefined)
        .sort((a, b) => a.rank - b.rank)
        .map((x) => x.v);
}
/**
 * A violation in Python jsonschema's words, with where it is (`$.a[0]: message`). `schema`: the
 * validated schema (for its order and the values messages quote); without it, ajv's
 * `parentSchema` gives the values.
 */
function describeError(e, root, schema) {
    if (schema !== undefined) {
        const [v] = violationsOf([e], schema, root, false);
        if (v)
            return `${v.path}: ${v.message}`;
    }
    const { path, value } = instanceAt(root, e.instancePath);
    const shown = e.propertyName ?? value;
    return `${path}: ${jsonschemaMessage(e, e.parentSchema, shown, false)}`;
}
/**
 * The error text: quilt3's (`<what>: <first jsonschema message>.`), then every violation with
 * its JSON path.
 */
function failureText(what, violations) {
    const first = violations[0]?.message ?? 'invalid';
    const all = violations.map((v) => `${v.path}: ${v.message}`);
    return `${what}: ${first}. Violations (${all.length}): ${all.join('; ')}.`;
}

;// CONCATENATED MODULE: ./src/quilt/workflows/config.ts
/** `.quilt/workflows/config.yml`: read as PyYAML reads it and checked against quilt3's config schema. */



const SUPPORTED_VERSION = [1, 1, 0];
// The structure of config.yml (quilt3's config-1 schema, written out here).
const VERSION = { type: 'string', pattern: '^[1-9][0-9]*(\\.(0|[1-9][0-9]*)){0,2}$' };
const CONFIG_SCHEMA = {
    type: 'object',
    required: ['version', 'workflows'],
    additionalProperties: false,
    properties: {
        catalog: true,
        version: {
            oneOf: [
                VERSION,
                {
                    type: 'object',
                    additionalProperties: false,
                    required: ['base'],
                    properties: { base: VERSION, catalog: VERSION }
                }
            ]
        },
        is_workflow_required: { type: 'boolean' },
        default_workflow: { type: 'string' },
        workflows: {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: '^[A-Za-z_-][A-Za-z0-9_-]*$', maxLength: 64 },
            additionalProperties: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                    catalog: true,
                    name: { type: 'string', minLength: 1 },
                    description: { type: 'string', minLength: 1 },
                    handle_pattern: { type: 'string' },
                    metadata_schema: { type: 'string' },
                    entries_schema: { type: 'string' },
                    is_message_required: { type: 'boolean' }
                }
            }
        },
        schemas: {
            type: 'object',
            minProperties: 1,
            additionalProperties: {
                type: 'object',
                required: ['url'],
                properties: { url: { type: 'string' } }
            }
        },
        successors: {
            type: 'object',
            minProperties: 1,
            additionalProperties: {
                type: 'object',
                required: ['title'],
                properties: { title: { type: 'string', minLength: 1 }, copy_data: { type: 'boolean' } }
            }
        }
    }
};
function versionTuple(v) {
    return [...v.split('.').map(Number), 0, 0].slice(0, 3);
}
function compareVersions(a, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/** Parse and check config.yml (PyYAML `safe_load`, YAML 1.1; quilt3's config schema). */
function parseConfig(data) {
    let tree;
    try {
        tree = pyYamlSafeLoad(decodeUtf8(data), keyStandIn);
    }
    catch {
        throw new errors/* WorkflowConfigError */.Oe("Couldn't parse workflows config as YAML.");
    }
    const config = toPlain(tree);
    const validate = makeAjv().compile(CONFIG_SCHEMA);
    if (!validate(config)) {
        const violations = violationsOf(validate.errors ?? [], CONFIG_SCHEMA, tree, true);
        throw new errors/* WorkflowConfigError */.Oe(failureText('Workflows config failed validation', violations));
    }
    const c = config;
    const version = typeof c.version === 'string' ? c.version : c.version.base;
    if (compareVersions(versionTuple(version), SUPPORTED_VERSION) > 0) {
        throw new errors/* WorkflowConfigError */.Oe(`Version '${versionTuple(version).join('.')}' is not supported`);
    }
    return c;
}

;// CONCATENATED MODULE: ./src/quilt/workflows/apply.ts
/**
 * Quilt workflows (spec §11): a registry's `.quilt/workflows/config.yml` says which workflows
 * exist and what each accepts (package name, message, metadata and entries JSON Schemas). As
 * quilt3 does: load and check the config, choose the workflow, check the package in quilt3's
 * order, and record `{"id", "config", "schemas"}` (with the versions S3 returned) in the package
 * line. Each error message starts with quilt3's own text (for schema violations, the one
 * Python's jsonschema reports first), then lists every violation, each with its JSON path.
 */








const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
function refuseRefs(v) {
    if (Array.isArray(v))
        v.forEach(refuseRefs);
    else if (v && typeof v === 'object') {
        if ('$ref' in v)
            throw new errors/* QuiltError */.YH("Currently we don't support $ref in schema.");
        Object.values(v).forEach(refuseRefs);
    }
}
/** A workflow chosen and checked: what to record in the package line, or null (none). */
async function applyWorkflow(source, choice, pkg) {
    const loaded = await source.fetch(source.configKey);
    if (loaded === null) {
        if (choice.kind === 'default')
            return null;
        const what = choice.kind === 'none' ? 'None' : (0,repr/* pyRepr */.n)(choice.id);
        throw new errors/* WorkflowChoiceError */.tn(`${what} workflow is specified, but no workflows config exist.`);
    }
    const config = parseConfig(loaded.data);
    const id = choice.kind === 'default'
        ? (config.default_workflow ?? null)
        : choice.kind === 'none'
            ? null
            : choice.id;
    let def = null;
    if (id === null) {
        if (config.is_workflow_required ?? true)
            throw new errors/* WorkflowChoiceError */.tn('Workflow required, but none specified.');
    }
    else {
        def = Object.prototype.hasOwnProperty.call(config.workflows, id) ? config.workflows[id] : null;
        if (def === null)
            throw new errors/* WorkflowChoiceError */.tn(`There is no ${(0,repr/* pyRepr */.n)(id)} workflow in config.`);
    }
    // quilt3 compiles the pattern and loads the schemas before checking anything.
    let pattern = null;
    if (def?.handle_pattern) {
        try {
            pattern = pyRegExp(def.handle_pattern);
        }
        catch (e) {
            if (e instanceof PatternError)
                throw new errors/* WorkflowConfigError */.Oe(`Workflow ${(0,repr/* pyRepr */.n)(id)}: handle_pattern: ${e.message}`);
            throw e;
        }
    }
    const schemaUrls = [];
    const loadedByUrl = new Map();
    const loadSchema = async (schemaId) => {
        const spec = config.schemas?.[schemaId];
        if (!spec)
            throw new errors/* WorkflowConfigError */.Oe(`There is no ${(0,repr/* pyRepr */.n)(schemaId)} in schemas.`);
        let pk;
        try {
            pk = names/* PhysicalKey */.ll.fromUrl(spec.url);
        }
        catch {
            throw new errors/* WorkflowConfigError */.Oe(`Couldn't parse URL ${(0,repr/* pyRepr */.n)(spec.url)}.`);
        }
        if (pk.isLocal() && !source.configKey.isLocal()) {
            throw new errors/* WorkflowConfigError */.Oe(`Local schema ${(0,repr/* pyRepr */.n)(String(pk))} can't be used on the remote registry.`);
        }
        const known = loadedByUrl.get(String(pk));
        if (known) {
            schemaUrls.push([schemaId, known.url]);
            return known;
        }
        const got = await source.fetch(pk);
        if (got === null)
            throw new errors/* WorkflowConfigError */.Oe(`Couldn't load schema at ${String(pk)}.`);
        let schema;
        let text;
        try {
            text = decodeUtf8(got.data);
            schema = JSON.parse(text);
        }
        catch {
            throw new errors/* WorkflowConfigError */.Oe(`Couldn't parse ${String(pk)} as JSON.`);
        }
        refuseRefs(schema);
        let tree = schema;
        try {
            tree = (0,json/* parsePyJson */.j5)(text);
        }
        catch {
            // Values quilt3 could not write in a manifest (e.g. huge ints): messages use plain JSON.
        }
        if (schema && typeof schema === 'object' && !Array.isArray(schema) && '$schema' in schema) {
            const meta = schema.$schema;
            if (typeof meta !== 'string')
                throw new errors/* WorkflowConfigError */.Oe('$schema must be a string.');
            if (meta !== DRAFT_07)
                throw new errors/* WorkflowConfigError */.Oe(`Unsupported meta-schema: ${meta}.`);
        }
        let validate;
        try {
            const ajv = makeAjv();
            if (!ajv.validateSchema(schema)) {
                const metaSchema = ajv.getSchema(DRAFT_07.replace(/#$/, ''))?.schema;
                const violations = metaSchemaViolations(ajv.errors ?? [], metaSchema, tree);
                throw new errors/* WorkflowConfigError */.Oe(failureText(`Schema ${(0,repr/* pyRepr */.n)(schemaId)} is not valid`, violations));
            }
            validate = ajv.compile(schema);
        }
        catch (e) {
            if (e instanceof errors/* QuiltError */.YH)
                throw e;
            throw new errors/* WorkflowConfigError */.Oe(`Schema ${(0,repr/* pyRepr */.n)(schemaId)} is not valid: ${e.message}.`);
        }
        const entry = { validate, tree, url: got.url };
        loadedByUrl.set(String(pk), entry);
        schemaUrls.push([schemaId, got.url]);
        return entry;
    };
    const metaSchema = def?.metadata_schema ? await loadSchema(def.metadata_schema) : null;
    const entriesSchema = def?.entries_schema ? await loadSchema(def.entries_schema) : null;
    // The checks, in quilt3's order.
    if (def?.is_message_required && !pkg.message) {
        throw new errors/* WorkflowValidationError */.nc('Commit message is required by workflow, but none was provided.');
    }
    if (pattern && !pattern.test(pkg.name)) {
        const violation = `${(0,repr/* pyRepr */.n)(pkg.name)} does not match ${(0,repr/* pyRepr */.n)(def.handle_pattern)}`;
        throw new errors/* WorkflowValidationError */.nc(`Package name doesn't match required pattern. ${violation}.`, [violation]);
    }
    /** `tree`: the value with Python types (a PyValue), for messages and their order. */
    const check = (schema, tree, what) => {
        if (schema.validate(toPlain(tree)))
            return;
        const violations = violationsOf(schema.validate.errors ?? [], schema.tree, tree, true);
        throw new errors/* WorkflowValidationError */.nc(failureText(`${what} failed validation`, violations), violations.map((v) => `${v.path}: ${v.message}`));
    };
    if (metaSchema) {
        check(metaSchema, pkg.userMeta === undefined ? (0,json/* pyObject */.LP)() : pkg.userMeta, 'Metadata');
    }
    if (entriesSchema) {
        const entries = pkg.entries.map((e) => (0,json/* pyObject */.LP)([
            ['logical_key', e.logicalKey],
            ['size', BigInt(e.size)],
            [
                'meta',
                (0,json/* isPyObject */.zt)(e.meta) && e.meta.has('user_meta') ? e.meta.get('user_meta') : (0,json/* pyObject */.LP)()
            ]
        ]));
        check(entriesSchema, entries, 'Package entries');
    }
    const recorded = (0,json/* pyObject */.LP)([
        ['id', id],
        ['config', loaded.url]
    ]);
    if (schemaUrls.length > 0)
        recorded.set('schemas', (0,json/* pyObject */.LP)(schemaUrls));
    return recorded;
}

;// CONCATENATED MODULE: ./src/quilt/ops/prepare.ts
/**
 * The start build and push share: the package they are about to write, without its hashes (the
 * entries of the source, the metadata, the workflow check and its record, the message — in
 * quilt3's order, so the package line's keys come out as quilt3 writes them: `version`,
 * `user_meta`, `workflow`, `message`), and the parent revision it builds on. Everything in
 * `prepareRevision` fails before a byte is sent (a build hashes its local files meanwhile; a
 * failure here is the one it reports).
 */




async function preparePackage(req, maxRecordSize) {
    (0,names/* validatePackageName */.Eu)(req.name);
    const pkg = new format_manifest/* Package */.lP();
    pkg.setUserMeta(req.userMeta === undefined ? null : req.userMeta);
    for (const e of req.entries) {
        pkg.set(new format_manifest/* NewEntry */.Xs(e.logicalKey, e.physicalKey, e.size));
    }
    if (req.workflow) {
        const recorded = await applyWorkflow(req.workflow.source, req.workflow.choice, {
            name: req.name,
            message: req.message,
            userMeta: pkg.meta.get('user_meta'),
            entries: pkg.walk()
        });
        if (recorded)
            pkg.meta.set('workflow', recorded);
        else
            pkg.meta.delete('workflow');
    }
    pkg.setMessage(req.message);
    // Oversized metadata fails here, before any file is read.
    pkg.checkMetaRecord(maxRecordSize);
    return pkg;
}
/** The package from the request, its entries and its local files, before any hashing. */
async function prepareRevision(req, maxRecordSize) {
    const { source, ...rest } = req;
    const pkg = await preparePackage({ ...rest, entries: source.entries }, maxRecordSize);
    const entries = pkg.walk();
    let localFiles;
    return {
        pkg,
        entries,
        bytes: entries.reduce((n, e) => n + e.size, 0),
        // Made when first asked for (a build checks its files as it hashes them, without it).
        get localFiles() {
            if (localFiles === undefined) {
                localFiles = new Map();
                for (const e of source.entries) {
                    if (e.identity && e.physicalKey.isLocal())
                        localFiles.set(e.logicalKey, { path: e.physicalKey.path, identity: e.identity });
                }
            }
            return localFiles;
        }
    };
}
/**
 * Read the parent. A manifest `latest` names that is missing, or that quilt3 could not load
 * either (ManifestError), never stops a build or a push: `onWarning` hears of it, and the
 * revision has no parent. quilt3's own build and push never read that manifest at all (only
 * the `latest` pointer's text, for the conflict check and dedupe).
 */
async function readParent(registry, name, onWarning) {
    const latest = await registry.readLatest(name);
    if (latest.topHash === null)
        return { latest, previous: null };
    const manifest = await registry.readManifest(latest.topHash);
    const where = registry.manifestLocation(latest.topHash);
    if (manifest === null) {
        onWarning?.(`The latest revision of ${name} is ${latest.topHash}, but its manifest ${where} is missing, so ` +
            NO_PARENT);
        return { latest, previous: null };
    }
    try {
        return { latest, previous: format_manifest/* Package */.lP.fromManifestBytes(manifest) };
    }
    catch (e) {
        if (!(e instanceof errors/* ManifestError */.Sh))
            throw e;
        onWarning?.(`The latest revision of ${name} cannot be read: its manifest ${where} is not one quilt3 can load (${e.reason}), so ` +
            NO_PARENT);
        return { latest, previous: null };
    }
}
const NO_PARENT = 'this revision is treated as having no parent (no changes shown against it, nothing re-used from it).';


/***/ }),

/***/ 5063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ pyTruthy),
/* harmony export */   LP: () => (/* binding */ pyObject),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   PU: () => (/* binding */ pyEquals),
/* harmony export */   TE: () => (/* binding */ quoteManifestString),
/* harmony export */   VL: () => (/* binding */ toManifestJson),
/* harmony export */   WH: () => (/* binding */ quoteHashString),
/* harmony export */   XO: () => (/* binding */ pyFloatRepr),
/* harmony export */   j5: () => (/* binding */ parsePyJson),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   uG: () => (/* binding */ LONE_SURROGATE),
/* harmony export */   wQ: () => (/* binding */ toHashJson),
/* harmony export */   zt: () => (/* binding */ isPyObject)
/* harmony export */ });
/* unused harmony exports PY_INT_MAX_STR_DIGITS, JsonValueError */
/**
 * JSON with Python semantics, as quilt3 reads and writes it.
 *
 * Values keep what Python's `json.loads` would keep: integers are exact (`bigint`), floats are
 * JS numbers (Python floats are IEEE doubles too), objects keep insertion order (`Map`, so keys
 * like "10" are not moved to the front as plain JS objects would do). Two serializations:
 *
 * - `toManifestJson`: `json.JSONEncoder(ensure_ascii=False)`: insertion order, `", "` and `": "`,
 *   raw UTF-8 (spec §2.5), used for the lines of a manifest file;
 * - `toHashJson`: `json.JSONEncoder(sort_keys=True, separators=(",", ":"))`: keys sorted by code
 *   point at every level, compact, non-ASCII as `\uXXXX` (spec §4), used for the top hash.
 *
 * Floats are written like Python `repr(float)` (spec §14). NaN and infinities are refused: quilt3
 * cannot write them (`Out of range float values are not JSON compliant`).
 */
/** Python 3.11 refuses to convert integer strings longer than this (`sys.get_int_max_str_digits`). */
const PY_INT_MAX_STR_DIGITS = 4300;
/** A JSON text that Python's `json.loads` would refuse, or that quilt3 could never write. */
class JsonSyntaxError extends Error {
    reason;
    line;
    column;
    constructor(reason, line, column) {
        super(`${reason}: line ${line} column ${column}`);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'JsonSyntaxError';
    }
}
/** A value that cannot be serialized the way quilt3 does (NaN, lone surrogates, ...). */
class JsonValueError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JsonValueError';
    }
}
function isPyObject(v) {
    return v instanceof Map;
}
/** Build a PyObject from entries, in order. */
function pyObject(entries = []) {
    return new Map(entries);
}
// ---------------------------------------------------------------------------------------------
// Parsing (Python `json.loads`, strict mode)
// ---------------------------------------------------------------------------------------------
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER_RE = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const SIMPLE_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
/**
 * Parse JSON text as Python's `json.loads` does, keeping int/float distinctions and key order.
 * Errors give the line and column (1-based, in characters) like Python's messages.
 *
 * Values Python reads but quilt3 could never write — NaN, Infinity, numbers that overflow a
 * double, lone surrogate escapes — are refused here rather than at write time, but only when they
 * are part of the result: like Python, a duplicate key's later value replaces the earlier one, so
 * `{"a": NaN, "a": 1}` is `{"a": 1}`. Syntax errors anywhere come first, as in Python.
 */
function parsePyJson(text) {
    const p = new Parser(text);
    if (text.charCodeAt(0) === 0xfeff) {
        throw p.error('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    }
    p.skipWs();
    const value = p.parseValue();
    p.skipWs();
    if (p.pos !== text.length)
        throw p.error('Extra data', p.pos);
    const kept = p.unwritable.find((u) => u !== null);
    if (kept)
        throw p.error(kept.reason, kept.at);
    return value;
}
class Parser {
    text;
    pos = 0;
    /**
     * The unwritable values met so far, in text order; `null` once a duplicate key has replaced
     * the value holding it. A value's own ones are a contiguous run of this list.
     */
    unwritable = [];
    constructor(text) {
        this.text = text;
    }
    unwritableAt(reason, at) {
        this.unwritable.push({ reason, at });
    }
    error(reason, at) {
        // Python counts characters (code points); lines split on "\n" only.
        const before = this.text.slice(0, at);
        const nl = before.lastIndexOf('\n');
        const line = before.split('\n').length;
        const column = [...before.slice(nl + 1)].length + 1;
        return new JsonSyntaxError(reason, line, column);
    }
    skipWs() {
        const t = this.text;
        while (this.pos < t.length && WS.has(t.charCodeAt(this.pos)))
            this.pos++;
    }
    parseValue() {
        const t = this.text;
        const c = t[this.pos];
        switch (c) {
            case '{':
                return this.parseObject();
            case '[':
                return this.parseArray();
            case '"':
                return this.parseString();
            case 'n':
                if (t.startsWith('null', this.pos)) {
                    this.pos += 4;
                    return null;
                }
                break;
            case 't':
                if (t.startsWith('true', this.pos)) {
                    this.pos += 4;
                    return true;
                }
                break;
            case 'f':
                if (t.startsWith('false', this.pos)) {
                    this.pos += 5;
                    return false;
                }
                break;
            case 'N':
                if (t.startsWith('NaN', this.pos))
                    return this.nonFinite('NaN', NaN);
                break;
            case 'I':
                if (t.startsWith('Infinity', this.pos))
                    return this.nonFinite('Infinity', Infinity);
                break;
            case '-':
                if (t.startsWith('-Infinity', this.pos))
                    return this.nonFinite('-Infinity', -Infinity);
                break;
        }
        NUMBER_RE.lastIndex = this.pos;
        const m = NUMBER_RE.exec(t);
        if (m)
            return this.parseNumber(m);
        throw this.error('Expecting value', this.pos);
    }
    /** Python's NaN/Infinity literals: read, and noted as unwritable. */
    nonFinite(token, value) {
        this.unwritableAt(`${token} is not allowed (quilt3 cannot write it: "Out of range float values are not JSON compliant")`, this.pos);
        this.pos += token.length;
        return value;
    }
    parseNumber(m) {
        const token = m[0];
        const start = this.pos;
        this.pos += token.length;
        if (m[1] === undefined && m[2] === undefined) {
            const digits = token.startsWith('-') ? token.length - 1 : token.length;
            if (digits > PY_INT_MAX_STR_DIGITS) {
                throw this.error(`Integer with ${digits} digits exceeds Python's limit of ${PY_INT_MAX_STR_DIGITS} digits`, start);
            }
            return BigInt(token);
        }
        const value = Number(token);
        if (!Number.isFinite(value)) {
            this.unwritableAt(`Number ${token} is out of the range of a 64-bit float (quilt3 cannot write it)`, start);
        }
        return value;
    }
    parseString() {
        const t = this.text;
        const start = this.pos;
        let i = this.pos + 1;
        let out = '';
        let chunkStart = i;
        for (;;) {
            if (i >= t.length)
                throw this.error('Unterminated string starting at', start);
            const code = t.charCodeAt(i);
            if (code === 0x22) {
                out += t.slice(chunkStart, i);
                this.pos = i + 1;
                break;
            }
            if (code < 0x20)
                throw this.error('Invalid control character at', i);
            if (code !== 0x5c) {
                i++;
                continue;
            }
            out += t.slice(chunkStart, i);
            const esc = t[i + 1];
            if (esc === undefined)
                throw this.error('Unterminated string starting at', start);
            if (esc === 'u') {
                const unit = this.hex4(i);
                i += 6;
                if (unit >= 0xd800 && unit <= 0xdbff && t[i] === '\\' && t[i + 1] === 'u') {
                    const low = this.hex4(i);
                    if (low >= 0xdc00 && low <= 0xdfff) {
                        out += String.fromCharCode(unit, low);
                        i += 6;
                        chunkStart = i;
                        continue;
                    }
                }
                if (unit >= 0xd800 && unit <= 0xdfff) {
                    // Python keeps it (and reads a following escape on its own); no UTF-8 for it, though.
                    this.unwritableAt('Lone surrogate escape (cannot be encoded as UTF-8, quilt3 cannot write it)', i - 6);
                }
                out += String.fromCharCode(unit);
                chunkStart = i;
                continue;
            }
            const simple = SIMPLE_ESCAPES[esc];
            if (simple === undefined)
                throw this.error('Invalid \\escape', i);
            out += simple;
            i += 2;
            chunkStart = i;
        }
        return out;
    }
    /** The four hex digits of the `\\u` escape whose backslash is at `at`. */
    hex4(at) {
        const hex = this.text.slice(at + 2, at + 6);
        // Like Python, a character must follow the digits (the closing quote at least): a text that
        // ends inside or right after the escape is an invalid escape, not an unterminated string.
        if (at + 6 >= this.text.length || !/^[0-9a-fA-F]{4}$/.test(hex)) {
            throw this.error('Invalid \\uXXXX escape', at + 1);
        }
        return parseInt(hex, 16);
    }
    parseArray() {
        const t = this.text;
        const out = [];
        this.pos++;
        this.skipWs();
        if (t[this.pos] === ']') {
            this.pos++;
            return out;
        }
        for (;;) {
            this.skipWs();
            out.push(this.parseValue());
            this.skipWs();
            const c = t[this.pos];
            if (c === ']') {
                this.pos++;
                return out;
            }
            if (c !== ',')
                throw this.error("Expecting ',' delimiter", this.pos);
            this.pos++;
        }
    }
    parseObject() {
        const t = this.text;
        const out = new Map();
        // Where each key's value has unwritable values (a run of `this.unwritable`), if it has any.
        let runs = null;
        this.pos++;
        this.skipWs();
        if (t[this.pos] === '}') {
            this.pos++;
            return out;
        }
        for (;;) {
            this.skipWs();
            if (t[this.pos] !== '"') {
                throw this.error('Expecting property name enclosed in double quotes', this.pos);
            }
            const key = this.parseString();
            this.skipWs();
            if (t[this.pos] !== ':')
                throw this.error("Expecting ':' delimiter", this.pos);
            this.pos++;
            this.skipWs();
            // Python keeps the last value of a duplicate key at the first key's position: Map.set does.
            // What the replaced value held is gone, unwritable values included.
            const from = this.unwritable.length;
            out.set(key, this.parseValue());
            const to = this.unwritable.length;
            const replaced = runs?.get(key);
            if (replaced) {
                this.unwritable.fill(null, replaced[0], replaced[1]);
                runs.delete(key);
            }
            if (to > from)
                (runs ??= new Map()).set(key, [from, to]);
            this.skipWs();
            const c = t[this.pos];
            if (c === '}') {
                this.pos++;
                return out;
            }
            if (c !== ',')
                throw this.error("Expecting ',' delimiter", this.pos);
            this.pos++;
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Serialization
// ---------------------------------------------------------------------------------------------
/** Python `repr(float)` for a finite double (spec §14). */
function pyFloatRepr(x) {
    if (!Number.isFinite(x)) {
        throw new JsonValueError('Out of range float values are not JSON compliant');
    }
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const sign = x < 0 ? '-' : '';
    const [mantissa, expText] = Math.abs(x).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exp = Number(expText);
    if (exp >= -4 && exp < 16) {
        if (exp < 0)
            return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
        const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
        const frac = digits.slice(exp + 1);
        return `${sign}${intPart}.${frac === '' ? '0' : frac}`;
    }
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
}
function pyIntRepr(x) {
    const s = x.toString();
    const digits = x < 0n ? s.length - 1 : s.length;
    if (digits > PY_INT_MAX_STR_DIGITS) {
        throw new JsonValueError(`Integer with ${digits} digits exceeds Python's limit of ${PY_INT_MAX_STR_DIGITS} digits`);
    }
    return s;
}
// A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function checkWellFormed(s) {
    if (LONE_SURROGATE.test(s)) {
        throw new JsonValueError(`String ${JSON.stringify(s.slice(0, 60))} contains a lone surrogate, which cannot be encoded as UTF-8`);
    }
}
/** A string as `json.dumps(s, ensure_ascii=False)` writes it (equal to JSON.stringify). */
function quoteManifestString(s) {
    checkWellFormed(s);
    return JSON.stringify(s);
}
// JSON.stringify already escapes `"`, `\`, the short escapes and other controls (lower-case
// hex); ensure_ascii additionally escapes every UTF-16 unit from U+007F up.
const NON_ASCII = /[\u007f-\uffff]/g;
function escapeUnit(ch) {
    return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
}
/** A string as `json.dumps(s)` (ensure_ascii=True) writes it. */
function quoteHashString(s) {
    checkWellFormed(s);
    return JSON.stringify(s).replace(NON_ASCII, escapeUnit);
}
/**
 * Compare two strings by Unicode code point, like Python's `str` comparison.
 * JS `<` compares UTF-16 units, which puts U+1F600 (surrogates D83D..) before U+FF01.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return fixup(x) - fixup(y);
    }
    return a.length - b.length;
}
function fixup(unit) {
    // Move surrogates (D800-DFFF) above E000-FFFF: then unit order equals code point order.
    if (unit < 0xd800)
        return unit;
    return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
const MANIFEST = { quote: quoteManifestString, item: ', ', key: ': ', sortKeys: false };
const HASH = { quote: quoteHashString, item: ',', key: ':', sortKeys: true };
function encode(v, style) {
    switch (typeof v) {
        case 'string':
            return style.quote(v);
        case 'bigint':
            return pyIntRepr(v);
        case 'number':
            return pyFloatRepr(v);
        case 'boolean':
            return v ? 'true' : 'false';
    }
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return '[' + v.map((x) => encode(x, style)).join(style.item) + ']';
    const keys = style.sortKeys ? [...v.keys()].sort(compareCodePoints) : [...v.keys()];
    return ('{' +
        keys.map((k) => style.quote(k) + style.key + encode(v.get(k) ?? null, style)).join(style.item) +
        '}');
}
/** `json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode(v)`: the manifest line form. */
function toManifestJson(v) {
    return encode(v, MANIFEST);
}
/** `json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode(v)`: the top-hash form. */
function toHashJson(v) {
    return encode(v, HASH);
}
/** Python truthiness of a JSON value (`if meta:`), used for directory metadata lines. */
function pyTruthy(v) {
    if (v === null || v === false)
        return false;
    if (typeof v === 'string')
        return v.length > 0;
    if (typeof v === 'bigint')
        return v !== 0n;
    if (typeof v === 'number')
        return v !== 0;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof Map)
        return v.size > 0;
    return true;
}
/** Deep equality with Python semantics (`1 == 1.0` is true in Python, and so here). */
function pyEquals(a, b) {
    if (typeof a === 'bigint' || typeof a === 'number' || typeof a === 'boolean') {
        if (typeof b !== 'bigint' && typeof b !== 'number' && typeof b !== 'boolean')
            return false;
        return numericValue(a) === numericValue(b);
    }
    if (a === null || typeof a === 'string')
        return a === b;
    if (Array.isArray(a)) {
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEquals(x, b[i]));
    }
    if (!(b instanceof Map) || a.size !== b.size)
        return false;
    for (const [k, x] of a) {
        const y = b.get(k);
        if (y === undefined || !pyEquals(x, y))
            return false;
    }
    return true;
}
function numericValue(v) {
    if (typeof v === 'boolean')
        return v ? 1n : 0n;
    if (typeof v === 'number' && Number.isInteger(v))
        return BigInt(v);
    return v;
}


/***/ }),

/***/ 7526:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ pyRepr)
/* harmony export */ });
/** Python `repr()`, for messages that read as quilt3's. */
function pyRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += '\\' + quote;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) {
            if (cp < 0x100)
                out += '\\x' + cp.toString(16).padStart(2, '0');
            else if (cp < 0x10000)
                out += '\\u' + cp.toString(16).padStart(4, '0');
            else
                out += '\\U' + cp.toString(16).padStart(8, '0');
        }
        else
            out += ch;
    }
    return out + quote;
}


/***/ }),

/***/ 6732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ pyQuotePlus),
/* harmony export */   Rr: () => (/* binding */ pyUnquote),
/* harmony export */   e5: () => (/* binding */ pyQuote),
/* harmony export */   nV: () => (/* binding */ pyParseQs),
/* harmony export */   nz: () => (/* binding */ pyUrlSplit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5126);
/* harmony import */ var _repr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7526);
/**
 * Percent-encoding and URL splitting as Python's `urllib.parse` does them (`quote`,
 * `quote_plus`, `unquote`, `parse_qs`, `urlsplit`): quilt3 writes and reads physical keys with them.
 */


const ALWAYS_SAFE = /[A-Za-z0-9_.~-]/;
const utf8 = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => '%' + i.toString(16).toUpperCase().padStart(2, '0'));
function quoteWith(s, safe, plus) {
    let out = '';
    for (const byte of utf8.encode(s)) {
        const ch = String.fromCharCode(byte);
        if (byte < 0x80 && (ALWAYS_SAFE.test(ch) || safe.includes(ch)))
            out += ch;
        else if (plus && byte === 0x20)
            out += '+';
        else
            out += HEX[byte];
    }
    return out;
}
function checkEncodable(s) {
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .QuiltError */ .YH(`${(0,_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n)(s)} contains a lone surrogate and cannot be encoded as UTF-8`);
    }
}
/** `urllib.parse.quote(s, safe="/")`: upper-case `%XX`, only `A-Za-z0-9_.-~/` kept. */
function pyQuote(s, safe = '/') {
    checkEncodable(s);
    return quoteWith(s, safe, false);
}
/** `urllib.parse.quote_plus(s, safe="")`: form encoding, space as `+`. */
function pyQuotePlus(s) {
    checkEncodable(s);
    return quoteWith(s, '', true);
}
// ignoreBOM: keep a decoded U+FEFF (TextDecoder would drop one at the start of each run).
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** `urllib.parse.unquote`: decode `%XX` runs as UTF-8 (invalid bytes become U+FFFD). */
function pyUnquote(s) {
    if (!s.includes('%'))
        return s;
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
        const bytes = new Uint8Array(run.length / 3);
        for (let i = 0; i < bytes.length; i++)
            bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
        return utf8Lossy.decode(bytes);
    });
}
/** `urllib.parse.parse_qs(query)` with Python 3.10+ defaults (only `&` separates). */
function pyParseQs(query) {
    const out = new Map();
    for (const field of query.split('&')) {
        if (field === '')
            continue;
        const eq = field.indexOf('=');
        if (eq < 0)
            continue;
        const rawValue = field.slice(eq + 1);
        if (rawValue === '')
            continue;
        const name = pyUnquote(field.slice(0, eq).replace(/\+/g, ' '));
        const value = pyUnquote(rawValue.replace(/\+/g, ' '));
        const list = out.get(name);
        if (list)
            list.push(value);
        else
            out.set(name, [value]);
    }
    return out;
}
/** `urllib.parse.urlsplit` as Python 3.11 does it for the URLs quilt3 sees. */
function pyUrlSplit(url) {
    // eslint-disable-next-line no-control-regex
    let rest = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\r\n]/g, '');
    let scheme = '';
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
    if (m) {
        scheme = m[1].toLowerCase();
        rest = rest.slice(m[0].length);
    }
    let netloc = '';
    if (rest.startsWith('//')) {
        const end = rest.slice(2).search(/[/?#]/);
        netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
        rest = end < 0 ? '' : rest.slice(end + 2);
    }
    let fragment = '';
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        fragment = rest.slice(hash + 1);
        rest = rest.slice(0, hash);
    }
    let query = '';
    const q = rest.indexOf('?');
    if (q >= 0) {
        query = rest.slice(q + 1);
        rest = rest.slice(0, q);
    }
    return { scheme, netloc, path: rest, query, fragment };
}


/***/ }),

/***/ 2358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ readRevisionMessage),
/* harmony export */   TA: () => (/* binding */ TOP_HASH_RE),
/* harmony export */   UF: () => (/* binding */ isTimestampPointer),
/* harmony export */   xc: () => (/* binding */ commitRevision)
/* harmony export */ });
/* unused harmony export timestampPointerName */
/* harmony import */ var _py_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5063);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5126);
/* harmony import */ var _s3_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3033);
/**
 * The registry interface (spec §6, layout V1): manifests under `.quilt/packages/<top hash>`,
 * revision pointers under `.quilt/named_packages/<name>/<unix seconds>` and `latest`.
 */



/** quilt3's timestamp pointer name: `str(int(time.time()))`. */
function timestampPointerName(now = new Date()) {
    return String(Math.floor(now.getTime() / 1000));
}
const TOP_HASH_RE = /^[0-9a-f]{64}$/;
/** Whether a pointer name is a timestamp (Unix seconds), as opposed to `latest`. */
function isTimestampPointer(pointer) {
    return /^\d+$/.test(pointer);
}
/**
 * Publish a revision as quilt3 `push_manifest` does, each step safe against other writers: the
 * manifest (content-addressed: any writer writes the same bytes), then a timestamp pointer no
 * other revision has, then `latest`, moved only from `parent` to this revision. When another
 * writer moved `latest` first, our timestamp pointer is taken back and a `ConflictError` names
 * both hashes. Returns the timestamp pointer's name.
 */
async function commitRevision(registry, req) {
    const { name, topHash } = req;
    await registry.putManifest(topHash, req.manifest);
    const seconds = Math.floor((req.now ?? new Date()).getTime() / 1000);
    const revision = await registry.createRevisionPointer(name, topHash, seconds);
    if (req.force) {
        await registry.forceLatest(name, topHash);
        return revision;
    }
    let outcome;
    try {
        outcome = await registry.replaceLatest(name, topHash, req.parent);
    }
    catch (e) {
        // A refusal (e.g. AccessDenied) means latest is not ours: the pointer goes. After a lost
        // answer the write may still land: the pointer stays (it names a complete revision).
        if (!(0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnclearOutcome */ .D5)(e))
            await takeBack(registry, name, revision);
        throw e;
    }
    if (outcome === 'written')
        return revision;
    if (outcome === 'unknown')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommitUnknownError */ .U3(name, topHash, revision);
    // Lost: our pointer goes (its name is ours alone), so a failed run adds no revision...
    await takeBack(registry, name, revision);
    const found = await registry.readLatest(name);
    // ...unless a delete made latest this revision meanwhile (the newest one it saw): it is then
    // published, and gets a pointer again.
    if (found.topHash === topHash)
        return registry.createRevisionPointer(name, topHash, seconds);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(name, req.parent.topHash, found.topHash, req.operation);
}
/** Remove the timestamp pointer this run created (best effort: a failure is already reported). */
async function takeBack(registry, name, revision) {
    await registry.deletePointers(name, [revision]).catch(() => undefined);
}
/**
 * A revision's commit message, from the package line at the head of its manifest (null when
 * absent, or when the line is longer than what was read).
 */
async function readRevisionMessage(registry, topHash) {
    const head = await registry.readManifestHead(topHash, 64 * 1024);
    if (head === null)
        return null;
    const end = head.indexOf(0x0a);
    if (end < 0)
        return null;
    try {
        const meta = (0,_py_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePyJson */ .j5)(head.subarray(0, end).toString('utf-8'));
        const message = meta instanceof Map ? meta.get('message') : undefined;
        return typeof message === 'string' ? message : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 3033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ isUnclearOutcome),
/* harmony export */   Mx: () => (/* binding */ iamActionsOf),
/* harmony export */   PH: () => (/* binding */ mayHaveApplied),
/* harmony export */   Q6: () => (/* binding */ s3ErrorContext),
/* harmony export */   Zj: () => (/* binding */ isBrokenTransfer),
/* harmony export */   _Y: () => (/* binding */ isS3Operation),
/* harmony export */   az: () => (/* binding */ s3ErrorCode),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   sr: () => (/* binding */ S3_PERMISSIONS)
/* harmony export */ });
/**
 * Reading S3 errors (code, HTTP status, the request they came from) without loading the SDK.
 */
const READ = {
    scope: 'object',
    actions: ['s3:GetObject'],
    versionActions: ['s3:GetObjectVersion'],
    missingActions: ['s3:ListBucket']
};
const WRITE = { scope: 'object', actions: ['s3:PutObject'] };
const COPY = {
    ...WRITE,
    sourceActions: ['s3:GetObject'],
    sourceVersionActions: ['s3:GetObjectVersion']
};
/**
 * Every S3 operation this code sends, and the IAM actions it needs: the one statement of them.
 * Error messages name the permission from it, and the tests check that every S3 command of
 * `src/` is here and that the README's permission table lists what each mode's requests need.
 */
const S3_PERMISSIONS = {
    GetObject: READ,
    HeadObject: READ,
    GetObjectAttributes: {
        scope: 'object',
        actions: ['s3:GetObject', 's3:GetObjectAttributes'],
        versionActions: ['s3:GetObjectVersion', 's3:GetObjectVersionAttributes'],
        missingActions: ['s3:ListBucket']
    },
    PutObject: WRITE,
    CreateMultipartUpload: WRITE,
    UploadPart: WRITE,
    CompleteMultipartUpload: WRITE,
    CopyObject: COPY,
    UploadPartCopy: COPY,
    AbortMultipartUpload: { scope: 'object', actions: ['s3:AbortMultipartUpload'] },
    DeleteObject: { scope: 'object', actions: ['s3:DeleteObject'] },
    /** On each key of the request (they are in its body). */
    DeleteObjects: { scope: 'object', actions: ['s3:DeleteObject'] },
    ListObjectsV2: { scope: 'bucket', actions: ['s3:ListBucket'] },
    ListObjectVersions: { scope: 'bucket', actions: ['s3:ListBucketVersions'] },
    ListMultipartUploads: { scope: 'bucket', actions: ['s3:ListBucketMultipartUploads'] }
};
function isS3Operation(name) {
    return Object.hasOwn(S3_PERMISSIONS, name);
}
/**
 * The IAM actions one request needs: on its own object or bucket, on a copy's source, and on
 * the bucket when the key turned out not to exist (`missing`: S3 answered 404). Throws for a
 * version on an operation whose versioned form this code never sends.
 */
function iamActionsOf(operation, request = {}) {
    const p = S3_PERMISSIONS[operation];
    const actions = request.versioned ? p.versionActions : p.actions;
    if (actions === undefined)
        throw new Error(`${operation} is never sent with a versionId`);
    const source = (request.sourceVersioned ? p.sourceVersionActions : p.sourceActions) ?? [];
    const bucket = request.missing ? (p.missingActions ?? []) : [];
    return { actions, sourceActions: source, bucketActions: bucket };
}
/** The request an S3 error came from (set by the client's middleware). */
function s3ErrorContext(e) {
    if (!e || typeof e !== 'object')
        return {};
    const o = e;
    return {
        command: o.$command,
        bucket: o.$bucket,
        key: o.$key,
        versioned: o.$versioned,
        sourceVersioned: o.$sourceVersioned
    };
}
/** The error's S3 code (`NoSuchKey`, `AccessDenied`, ...) or name. */
function s3ErrorCode(e) {
    if (e && typeof e === 'object') {
        const o = e;
        if (typeof o.Code === 'string')
            return o.Code;
        if (typeof o.name === 'string')
            return o.name;
    }
    return '';
}
function httpStatus(e) {
    if (e && typeof e === 'object' && '$metadata' in e) {
        const m = e.$metadata;
        return m?.httpStatusCode;
    }
    return undefined;
}
function isNotFound(e) {
    const code = s3ErrorCode(e);
    return code === 'NoSuchKey' || code === 'NotFound' || httpStatus(e) === 404;
}
/**
 * A transfer cut off without an S3 answer (connection reset, aborted or short body): worth
 * another attempt. Errors S3 answered (they carry an HTTP status) are the SDK's to retry.
 */
function isBrokenTransfer(e) {
    if (!e || typeof e !== 'object')
        return false;
    if (httpStatus(e) !== undefined)
        return false;
    const o = e;
    if (o.name === 'AbortError')
        return false;
    return (/ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED|socket hang up|aborted|premature close|terminated/i.test(`${o.code ?? ''} ${o.message ?? ''}`) || o.name === 'TimeoutError');
}
/**
 * A write whose outcome is unknown: no answer (the request may have been applied), or a server
 * error after the SDK's retries (one of them may have been).
 */
function isUnclearOutcome(e) {
    const status = httpStatus(e);
    return isBrokenTransfer(e) || (status !== undefined && status >= 500 && status !== 501);
}
/** An error after which a write may have been applied: unclear, or refused on an SDK retry. */
function mayHaveApplied(e) {
    if (isUnclearOutcome(e))
        return true;
    const attempts = e?.$metadata?.attempts;
    return (attempts ?? 1) > 1;
}


/***/ }),

/***/ 1232:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ sourceError),
/* harmony export */   JH: () => (/* binding */ checkFilesUnchanged),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   qA: () => (/* binding */ identityDifference),
/* harmony export */   sC: () => (/* binding */ SourceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5126);
/* harmony import */ var _format_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5397);
/**
 * A local file of a package, open for the whole time a push reads it: hashed and uploaded
 * through one descriptor, so every byte published comes from the same file, and checked against
 * the listing (size, modification time, inode) before its bytes are committed to S3. A file
 * replaced (a new inode at its path) or written in place (a new mtime) while the run reads it
 * fails the run naming it; it is never published torn.
 */




const readAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.read);
/** The identity of a file as `stat` gives it. */
function identityOf(st) {
    return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}
/** What differs between two identities, or null when they are the same. */
function identityDifference(was, now) {
    if (now.ino !== was.ino)
        return 'it was replaced by another file';
    if (now.size !== was.size)
        return `its size is now ${now.size} bytes, not ${was.size}`;
    if (now.mtimeMs !== was.mtimeMs)
        return 'it was written to (its modification time moved)';
    return null;
}
/** An error of the file system as the user should read it: which file, what to do. */
function sourceError(path, e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(path, 'it was deleted');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'ELOOP') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(path, code, 'file');
    }
    return e instanceof Error ? e : new Error(String(e));
}
class SourceFile {
    path;
    fd;
    identity;
    closed = false;
    constructor(path, fd, identity) {
        this.path = path;
        this.fd = fd;
        this.identity = identity;
    }
    /**
     * Open `path`; fails (naming it) when it cannot be read or is no longer the file the listing
     * saw (`expected`, when known).
     */
    static open(path, expected) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        }
        catch (e) {
            throw sourceError(path, e);
        }
        try {
            const file = new SourceFile(path, fd, identityOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)));
            const diff = expected ? identityDifference(expected, file.identity) : null;
            if (diff !== null)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(path, diff);
            return file;
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw e;
        }
    }
    get size() {
        return this.identity.size;
    }
    /**
     * `length` bytes at `offset` (at the end of the file one byte more is asked for, so a file
     * that grew is caught). Small reads are synchronous: cheaper than a trip through the thread
     * pool.
     */
    async read(offset, length) {
        const last = offset + length >= this.size;
        const buf = Buffer.allocUnsafe(length + (last ? 1 : 0));
        let got = 0;
        try {
            while (got < buf.length) {
                const n = length < _format_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv
                    ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buf, got, buf.length - got, offset + got)
                    : (await readAsync(this.fd, buf, got, buf.length - got, offset + got)).bytesRead;
                if (n === 0)
                    break;
                got += n;
            }
        }
        catch (e) {
            throw sourceError(this.path, e);
        }
        if (got !== length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(this.path, got < length ? 'it became shorter' : 'it became longer');
        }
        return buf.subarray(0, length);
    }
    /**
     * Fails when the file is no longer what was opened: written in place (mtime, size), or its
     * path now names another file. Called after reading and before the bytes are committed.
     */
    checkUnchanged() {
        const diff = identityDifference(this.identity, identityOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd))) ??
            (() => {
                try {
                    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(this.path).ino === this.identity.ino
                        ? null
                        : 'it was replaced by another file';
                }
                catch (e) {
                    return e.code === 'ENOENT' ? 'it was deleted' : null;
                }
            })();
        if (diff !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(this.path, diff);
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** Check that every local file still is what the listing saw (a last look before a commit). */
function checkFilesUnchanged(files) {
    for (const f of files) {
        let now;
        try {
            now = identityOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(f.path));
        }
        catch (e) {
            throw sourceError(f.path, e);
        }
        const diff = identityDifference(f.identity, now);
        if (diff !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(f.path, diff);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map