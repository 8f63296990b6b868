/** The part of a mathjs instance a descent uses: its parser and symbolic derivative. */
export type Node = { type: string; transform(f: (n: Node) => Node): Node; toString(): string; isFunctionNode?: boolean; fn?: { name?: string }; args?: Node[] };

export interface SymbolicMath {
  parse(text: string): Node;
  derivative(expr: Node, variable: string, options?: { simplify?: boolean }): Node;
  FunctionNode: new (fn: unknown, args: Node[]) => Node;
  SymbolNode: new (name: string) => Node;
  OperatorNode: new (op: string, fn: string, args: Node[]) => Node;
  ConstantNode: new (value: number) => Node;
}

