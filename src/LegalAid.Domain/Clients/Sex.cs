namespace LegalAid.Domain.Clients;

public enum Sex
{
    Female = 1,
    Male = 2,
}
