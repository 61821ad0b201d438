from migrascope.cli import main

main()
