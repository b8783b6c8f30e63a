using PiiScan.Cli;

return PiiScanCli.Run(args, Console.Out, Console.Error);
