fn main() { println!("minipy: under construction"); }
