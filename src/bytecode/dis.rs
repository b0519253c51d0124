//! The disassembler (`minipy dis`): one printer per operand shape.
