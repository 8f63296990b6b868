/**
 * The bank `quizdrill init` writes: one example of each part kind and a
 * template, each key computed or proved by `check`, so a course starts
 * from something that passes and shows how.
 */
export const EXAMPLE_BANK = String.raw`title: Example problems (written by quizdrill init; edit them or replace them)
problems:
  - id: example-forward-backward
    title: One forward and backward pass
    tags: [example, backpropagation]
    prompt: |
      A network with two inputs, two ReLU hidden nodes and a linear output
      is evaluated at \(\vec x = (1, 2)\).
    network:
      layers: [2, 2, 1]
      activations: [relu, linear]
      weights:
        - [[1, -1], [2, 1]]
        - [[1], [3]]
      input: [1, 2]
    figure: { weights: all, input: true }
    parts:
      - id: output
        kind: number
        prompt: What is \(H(\vec x)\)?
        answer: 8
        compute: { of: H }
        explanation: |
          \(z^{(1)} = (5, 1)\), both positive, so \(a^{(1)} = (5, 1)\) and
          \(H = 5 \cdot 1 + 1 \cdot 3 = 8\).
      - id: gradient-formula
        kind: expression
        prompt: Write \(\partial H / \partial x_1\) in terms of the weights and \(g'\).
        answer: W_{11}^{(1)} g'(z_1^{(1)}) W_{11}^{(2)} + W_{12}^{(1)} g'(z_2^{(1)}) W_{21}^{(2)}
        claim: \dfrac{\partial H}{\partial x_1} = \blank
        explanation: |
          \(x_1\) reaches \(H\) through both hidden nodes; add the two paths.
      - id: relu-at-zero
        kind: true-false
        prompt: With this package's convention, the derivative of ReLU at 0 is 1.
        answer: false
        explanation: ReLU'(0) is taken as 0.
      - id: which-layer
        kind: choice
        prompt: Which weights does \(\partial H / \partial z^{(2)}\) need?
        options: [none, "W^(1)", "W^(2)", both]
        answer: a
        explanation: The output is linear, so \(\partial H / \partial z^{(2)} = 1\) needs no weights.

  - id: example-descent-step
    title: One step of gradient descent
    tags: [example, gradient descent]
    prompt: |
      The linear model \(H(x) = w_0 + w_1 x\) is fit to the points (1, 3),
      (2, 3) and (3, 6) by gradient descent on the mean square loss, from
      \(\vec w = (0, 0)\) with learning rate \(\eta = 1/2\).
    descent: { model: linear, data: [[1, 3], [2, 3], [3, 6]], weights: [0, 0], rate: 0.5 }
    parts:
      - kind: vector
        prompt: What is \(\vec w\) after one step?
        answer: [4, 9]
        compute: { of: descent-step }
        explanation: |
          The gradient of the risk at (0, 0) is (-8, -18), so the step gives
          \((0, 0) - \tfrac12 (-8, -18) = (4, 9)\).

  - id: example-parameter-count
    title: Counting parameters (a template, fresh numbers every drill)
    tags: [example]
    params:
      n0: { int: [2, 6] }
      n1: { int: [2, 8] }
    pinned:
      1: { n0: 3, n1: 4 }
    prompt: |
      A fully connected network has {{n0}} inputs, one hidden layer of
      {{n1}} nodes and one output node, every node after the input with a bias.
    network:
      layers: [=n0, =n1, 1]
    parts:
      - kind: number
        prompt: How many parameters (weights and biases) does it have?
        compute: { of: parameter-count, biases: true }
        explanation: \({{n0}} \times {{n1}} + {{n1}} + {{n1}} + 1 = {{n0*n1 + 2*n1 + 1}}\).
`;
