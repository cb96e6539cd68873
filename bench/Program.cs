Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- research");
return 2;
