from align_lint.cli import main

main()
