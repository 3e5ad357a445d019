fn main() {
    ai_gambit::mount();
}
