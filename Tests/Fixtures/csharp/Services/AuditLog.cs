namespace Shop.Services;

[AttributeUsage(AttributeTargets.Property)]
public sealed class InjectAttribute : Attribute { }  // @def class InjectAttribute

public class AuditLog  // @def class AuditLog
{
    private readonly List<string> lines = new();  // @def property AuditLog.lines

    public void Write(string line) => lines.Add(line);  // @def method AuditLog.Write

    public static void Flush(AuditLog log)  // @def method AuditLog.Flush
    {
        foreach (var line in log.lines)
        {
            Console.WriteLine(line);
        }
    }
}
