from erasbot.cli.app import main

main()
