IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [Centres] (
        [Id] int NOT NULL,
        [Code] nvarchar(3) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [City] nvarchar(100) NOT NULL,
        [Address] nvarchar(400) NOT NULL,
        [TimeZoneId] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_Centres] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [OpposingParties] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(300) NOT NULL,
        [NameKey] nvarchar(300) NOT NULL,
        [Kind] int NOT NULL,
        CONSTRAINT [PK_OpposingParties] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [ProblemCategories] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(50) NOT NULL,
        [NameRu] nvarchar(200) NOT NULL,
        [NameKy] nvarchar(200) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_ProblemCategories] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [CaseNumberCounters] (
        [CentreId] int NOT NULL,
        [Year] int NOT NULL,
        [LastSequence] int NOT NULL,
        CONSTRAINT [PK_CaseNumberCounters] PRIMARY KEY ([CentreId], [Year]),
        CONSTRAINT [FK_CaseNumberCounters_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [Clients] (
        [Id] int NOT NULL IDENTITY,
        [Sex] int NOT NULL,
        [BirthYear] int NULL,
        [BirthDate] date NULL,
        [Citizenship] nchar(2) NOT NULL,
        [Phone] nvarchar(32) NULL,
        [MessengerContact] nvarchar(200) NULL,
        [RegionOfOrigin] nvarchar(200) NULL,
        [PreferredLanguage] nchar(2) NOT NULL,
        [RegisteringCentreId] int NOT NULL,
        [RegisteredAtUtc] datetime2 NOT NULL,
        [SearchKey] nvarchar(700) NOT NULL,
        [Version] int NOT NULL,
        [ConsentGivenOn] date NOT NULL,
        [ConsentScope] int NOT NULL,
        [FamilyName] nvarchar(100) NOT NULL,
        [GivenName] nvarchar(100) NOT NULL,
        [LatinName] nvarchar(200) NULL,
        [Patronymic] nvarchar(100) NULL,
        CONSTRAINT [PK_Clients] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Clients_Centres_RegisteringCentreId] FOREIGN KEY ([RegisteringCentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [StaffMembers] (
        [Id] int NOT NULL IDENTITY,
        [FullName] nvarchar(200) NOT NULL,
        [CentreId] int NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_StaffMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StaffMembers_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [Cases] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(20) NOT NULL,
        [ClientId] int NOT NULL,
        [CentreId] int NOT NULL,
        [AssignedLawyerId] int NOT NULL,
        [OpenedOn] date NOT NULL,
        [Status] int NOT NULL,
        [PrimaryCategoryId] int NOT NULL,
        [Summary] nvarchar(4000) NULL,
        [OpposingPartyId] int NULL,
        [ClosedOn] date NULL,
        [Outcome] int NULL,
        [Version] int NOT NULL,
        [AmountClaimedCurrency] nchar(3) NULL,
        [AmountClaimedMinorUnits] bigint NULL,
        [AmountRecoveredCurrency] nchar(3) NOT NULL,
        [AmountRecoveredMinorUnits] bigint NOT NULL,
        CONSTRAINT [PK_Cases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Cases_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_OpposingParties_OpposingPartyId] FOREIGN KEY ([OpposingPartyId]) REFERENCES [OpposingParties] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_ProblemCategories_PrimaryCategoryId] FOREIGN KEY ([PrimaryCategoryId]) REFERENCES [ProblemCategories] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Cases_StaffMembers_AssignedLawyerId] FOREIGN KEY ([AssignedLawyerId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [CaseCategory] (
        [CaseId] int NOT NULL,
        [ProblemCategoryId] int NOT NULL,
        CONSTRAINT [PK_CaseCategory] PRIMARY KEY ([CaseId], [ProblemCategoryId]),
        CONSTRAINT [FK_CaseCategory_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CaseCategory_ProblemCategories_ProblemCategoryId] FOREIGN KEY ([ProblemCategoryId]) REFERENCES [ProblemCategories] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [CaseStatusChange] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Status] int NOT NULL,
        [EffectiveOn] date NOT NULL,
        [Outcome] int NULL,
        [ByStaffMemberId] int NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        [Note] nvarchar(1000) NULL,
        CONSTRAINT [PK_CaseStatusChange] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseStatusChange_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CaseStatusChange_StaffMembers_ByStaffMemberId] FOREIGN KEY ([ByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [Consultations] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [HeldAtUtc] datetime2 NOT NULL,
        [HeldOn] date NOT NULL,
        [Channel] int NOT NULL,
        [LawyerId] int NOT NULL,
        [DurationMinutes] int NOT NULL,
        [Actions] int NOT NULL,
        [Summary] nvarchar(4000) NULL,
        [FollowUpOn] date NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_Consultations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Consultations_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consultations_StaffMembers_LawyerId] FOREIGN KEY ([LawyerId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE TABLE [ConsultationCategory] (
        [ConsultationId] int NOT NULL,
        [ProblemCategoryId] int NOT NULL,
        CONSTRAINT [PK_ConsultationCategory] PRIMARY KEY ([ConsultationId], [ProblemCategoryId]),
        CONSTRAINT [FK_ConsultationCategory_Consultations_ConsultationId] FOREIGN KEY ([ConsultationId]) REFERENCES [Consultations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ConsultationCategory_ProblemCategories_ProblemCategoryId] FOREIGN KEY ([ProblemCategoryId]) REFERENCES [ProblemCategories] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Address', N'City', N'Code', N'Name', N'TimeZoneId') AND [object_id] = OBJECT_ID(N'[Centres]'))
        SET IDENTITY_INSERT [Centres] ON;
    EXEC(N'INSERT INTO [Centres] ([Id], [Address], [City], [Code], [Name], [TimeZoneId])
    VALUES (1, N''Москва, адрес уточняется администратором'', N''Москва'', N''MOW'', N''Центр поддержки мигрантов — Москва'', N''Europe/Moscow''),
    (2, N''Казань, адрес уточняется администратором'', N''Казань'', N''KZN'', N''Центр поддержки мигрантов — Казань'', N''Europe/Moscow''),
    (3, N''Челябинск, адрес уточняется администратором'', N''Челябинск'', N''CHE'', N''Центр поддержки мигрантов — Челябинск'', N''Asia/Yekaterinburg'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Address', N'City', N'Code', N'Name', N'TimeZoneId') AND [object_id] = OBJECT_ID(N'[Centres]'))
        SET IDENTITY_INSERT [Centres] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'IsActive', N'NameEn', N'NameKy', N'NameRu', N'SortOrder') AND [object_id] = OBJECT_ID(N'[ProblemCategories]'))
        SET IDENTITY_INSERT [ProblemCategories] ON;
    EXEC(N'INSERT INTO [ProblemCategories] ([Id], [Code], [IsActive], [NameEn], [NameKy], [NameRu], [SortOrder])
    VALUES (1, N''documents-patent'', CAST(1 AS bit), N''Documents and work patent'', N''Документтер жана иштөөгө патент'', N''Документы и патент на работу'', 10),
    (2, N''migration-registration'', CAST(1 AS bit), N''Migration registration'', N''Миграциялык каттоо'', N''Миграционный учёт'', 20),
    (3, N''entry-ban'', CAST(1 AS bit), N''Entry ban'', N''Өлкөгө кирүүгө тыюу салуу'', N''Запрет на въезд'', 30),
    (4, N''expulsion'', CAST(1 AS bit), N''Administrative expulsion or deportation'', N''Административдик чыгарып жиберүү же депортация'', N''Административное выдворение или депортация'', 40),
    (5, N''detention-police'', CAST(1 AS bit), N''Detention or police conduct'', N''Кармоо жана полициянын аракеттери'', N''Задержание и действия полиции'', 50),
    (6, N''unpaid-wages'', CAST(1 AS bit), N''Unpaid wages or labour dispute'', N''Эмгек акынын төлөнбөй калышы, эмгек талашы'', N''Невыплата зарплаты, трудовой спор'', 60),
    (7, N''workplace-injury'', CAST(1 AS bit), N''Workplace injury'', N''Жумуштагы жаракат'', N''Производственная травма'', 70),
    (8, N''document-confiscation'', CAST(1 AS bit), N''Document confiscation'', N''Документтерди тартып алуу'', N''Изъятие документов'', 80),
    (9, N''forced-labour'', CAST(1 AS bit), N''Forced labour or trafficking'', N''Мажбурлап иштетүү же адам сатуу'', N''Принудительный труд или торговля людьми'', 90),
    (10, N''citizenship'', CAST(1 AS bit), N''Citizenship'', N''Жарандык'', N''Гражданство'', 100),
    (11, N''family'', CAST(1 AS bit), N''Family and children'', N''Үй-бүлө жана балдар'', N''Семья и дети'', 110),
    (12, N''housing'', CAST(1 AS bit), N''Housing'', N''Турак жай'', N''Жильё'', 120),
    (13, N''health'', CAST(1 AS bit), N''Health care'', N''Медициналык жардам'', N''Медицинская помощь'', 130),
    (14, N''criminal'', CAST(1 AS bit), N''Criminal matters'', N''Кылмыш иштери'', N''Уголовные дела'', 140),
    (15, N''other'', CAST(1 AS bit), N''Other'', N''Башка'', N''Другое'', 150)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'IsActive', N'NameEn', N'NameKy', N'NameRu', N'SortOrder') AND [object_id] = OBJECT_ID(N'[ProblemCategories]'))
        SET IDENTITY_INSERT [ProblemCategories] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_CaseCategory_ProblemCategoryId] ON [CaseCategory] ([ProblemCategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Cases_AssignedLawyerId] ON [Cases] ([AssignedLawyerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Cases_CentreId_Status] ON [Cases] ([CentreId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Cases_ClientId] ON [Cases] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Cases_Number] ON [Cases] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Cases_OpenedOn] ON [Cases] ([OpenedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Cases_OpposingPartyId] ON [Cases] ([OpposingPartyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Cases_PrimaryCategoryId] ON [Cases] ([PrimaryCategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_CaseStatusChange_ByStaffMemberId] ON [CaseStatusChange] ([ByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_CaseStatusChange_CaseId] ON [CaseStatusChange] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Centres_Code] ON [Centres] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Clients_BirthDate] ON [Clients] ([BirthDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Clients_Phone] ON [Clients] ([Phone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Clients_RegisteringCentreId] ON [Clients] ([RegisteringCentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Clients_SearchKey] ON [Clients] ([SearchKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ConsultationCategory_ProblemCategoryId] ON [ConsultationCategory] ([ProblemCategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Consultations_CaseId_HeldAtUtc] ON [Consultations] ([CaseId], [HeldAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Consultations_HeldOn] ON [Consultations] ([HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Consultations_LawyerId] ON [Consultations] ([LawyerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OpposingParties_NameKey] ON [OpposingParties] ([NameKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProblemCategories_Code] ON [ProblemCategories] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_StaffMembers_CentreId] ON [StaffMembers] ([CentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125132203_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125132203_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(400) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(400) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [CentreId] int NULL,
        [StaffMemberId] int NULL,
        [MustChangePassword] bit NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(400) NULL,
        [SecurityStamp] nvarchar(400) NULL,
        [ConcurrencyStamp] nvarchar(400) NULL,
        [PhoneNumber] nvarchar(400) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AspNetUsers_StaffMembers_StaffMemberId] FOREIGN KEY ([StaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredAtUtc] datetime2 NOT NULL,
        [Action] int NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(100) NULL,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NULL,
        [CentreId] int NULL,
        [IpAddress] nvarchar(64) NULL,
        [Changes] nvarchar(max) NULL,
        [Details] nvarchar(2000) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(400) NOT NULL,
        [ClaimType] nvarchar(400) NULL,
        [ClaimValue] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [ApiTokens] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(400) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Prefix] nvarchar(16) NOT NULL,
        [SecretHash] nvarchar(64) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [ExpiresAtUtc] datetime2 NOT NULL,
        [LastUsedAtUtc] datetime2 NULL,
        [RevokedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_ApiTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApiTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(400) NOT NULL,
        [ClaimType] nvarchar(400) NULL,
        [ClaimValue] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(400) NOT NULL,
        [ProviderKey] nvarchar(400) NOT NULL,
        [ProviderDisplayName] nvarchar(400) NULL,
        [UserId] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(400) NOT NULL,
        [RoleId] nvarchar(400) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(400) NOT NULL,
        [LoginProvider] nvarchar(400) NOT NULL,
        [Name] nvarchar(400) NOT NULL,
        [Value] nvarchar(400) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiTokens_SecretHash] ON [ApiTokens] ([SecretHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_ApiTokens_UserId] ON [ApiTokens] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_CentreId] ON [AspNetUsers] ([CentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_StaffMemberId] ON [AspNetUsers] ([StaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_CentreId_OccurredAtUtc] ON [AuditEntries] ([CentreId], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAtUtc] ON [AuditEntries] ([OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    EXEC(N'CREATE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS THROW 51000, N''The audit trail is append-only.'', 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125140216_AccountsAndAudit'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125140216_AccountsAndAudit', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    DROP INDEX [IX_Clients_SearchKey] ON [Clients];
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Clients]') AND [c].[name] = N'SearchKey');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Clients] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Clients] ALTER COLUMN [SearchKey] nvarchar(1200) NOT NULL;
    CREATE INDEX [IX_Clients_SearchKey] ON [Clients] ([SearchKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    ALTER TABLE [Clients] ADD [FamilyNameKey] nvarchar(100) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    ALTER TABLE [Clients] ADD [GivenNameKey] nvarchar(100) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE TABLE [CaseDocuments] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [StorageKey] nvarchar(64) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        [UploadedByStaffMemberId] int NULL,
        CONSTRAINT [PK_CaseDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseDocuments_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE TABLE [Deadlines] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [Type] int NOT NULL,
        [DueOn] date NOT NULL,
        [Note] nvarchar(500) NULL,
        [IsDone] bit NOT NULL,
        [DoneOn] date NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedByStaffMemberId] int NULL,
        CONSTRAINT [PK_Deadlines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Deadlines_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE TABLE [PartnerOrganisations] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Contact] nvarchar(400) NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_PartnerOrganisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE TABLE [Referrals] (
        [Id] int NOT NULL IDENTITY,
        [CaseId] int NOT NULL,
        [PartnerId] int NOT NULL,
        [ReferredOn] date NOT NULL,
        [Result] int NOT NULL,
        [ResultOn] date NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_Referrals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Referrals_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Referrals_PartnerOrganisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [PartnerOrganisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE INDEX [IX_Clients_FamilyNameKey_GivenNameKey] ON [Clients] ([FamilyNameKey], [GivenNameKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE INDEX [IX_CaseDocuments_CaseId] ON [CaseDocuments] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseDocuments_StorageKey] ON [CaseDocuments] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE INDEX [IX_Deadlines_CaseId] ON [Deadlines] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE INDEX [IX_Deadlines_IsDone_DueOn] ON [Deadlines] ([IsDone], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PartnerOrganisations_Name] ON [PartnerOrganisations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE INDEX [IX_Referrals_CaseId] ON [Referrals] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE INDEX [IX_Referrals_PartnerId] ON [Referrals] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    CREATE INDEX [IX_Referrals_ReferredOn] ON [Referrals] ([ReferredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125143038_CaseWork'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125143038_CaseWork', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    DROP INDEX [IX_Consultations_HeldOn] ON [Consultations];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    ALTER TABLE [Consultations] ADD [CentreId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    ALTER TABLE [Consultations] ADD [ClientId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    EXEC(N'UPDATE Consultations SET CentreId = (SELECT c.CentreId FROM Cases c WHERE c.Id = Consultations.CaseId), ClientId = (SELECT c.ClientId FROM Cases c WHERE c.Id = Consultations.CaseId);');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    CREATE INDEX [IX_Consultations_ClientId_HeldOn] ON [Consultations] ([ClientId], [HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    CREATE INDEX [IX_Consultations_Statistics] ON [Consultations] ([HeldOn], [CentreId], [ClientId], [CaseId], [LawyerId], [Channel], [Actions], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    CREATE INDEX [IX_CaseStatusChange_EffectiveOn_Status] ON [CaseStatusChange] ([EffectiveOn], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125151141_StatisticsColumns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125151141_StatisticsColumns', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125161758_DonorReports'
)
BEGIN
    CREATE TABLE [DonorReports] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(200) NOT NULL,
        [Language] nvarchar(5) NOT NULL,
        [PeriodFrom] date NOT NULL,
        [PeriodTo] date NOT NULL,
        [Centres] nvarchar(100) NOT NULL,
        [DocumentId] nvarchar(32) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [PublishedAtUtc] datetime2 NULL,
        [PublishedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DonorReports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125161758_DonorReports'
)
BEGIN
    CREATE INDEX [IX_DonorReports_CreatedAtUtc] ON [DonorReports] ([CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125161758_DonorReports'
)
BEGIN
    EXEC(N'CREATE TRIGGER [DonorReports_Immutable] ON [DonorReports] AFTER UPDATE AS IF UPDATE([Title]) OR UPDATE([Language]) OR UPDATE([PeriodFrom]) OR UPDATE([PeriodTo]) OR UPDATE([Centres]) OR UPDATE([DocumentId]) OR UPDATE([Content]) OR UPDATE([SizeBytes]) OR UPDATE([Sha256]) OR UPDATE([CreatedBy]) OR UPDATE([CreatedAtUtc]) THROW 51000, N''Archived reports are immutable.'', 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125161758_DonorReports'
)
BEGIN
    EXEC(N'CREATE TRIGGER [DonorReports_NoDelete] ON [DonorReports] INSTEAD OF DELETE AS THROW 51000, N''Archived reports are immutable.'', 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125161758_DonorReports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125161758_DonorReports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130030746_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(400) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130030746_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130030746_DataProtectionKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130031033_AccessDenialAudit'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_Action_OccurredAtUtc] ON [AuditEntries] ([Action], [OccurredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130031033_AccessDenialAudit'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130031033_AccessDenialAudit', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130033056_ServerSideSessions'
)
BEGIN
    CREATE TABLE [UserSessions] (
        [Id] int NOT NULL IDENTITY,
        [KeyHash] nvarchar(64) NOT NULL,
        [UserId] nvarchar(400) NOT NULL,
        [Ticket] varbinary(max) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [ExpiresAtUtc] datetime2 NOT NULL,
        [LastSeenAtUtc] datetime2 NOT NULL,
        [Device] nvarchar(100) NULL,
        [IpAddress] nvarchar(45) NULL,
        CONSTRAINT [PK_UserSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_UserSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130033056_ServerSideSessions'
)
BEGIN
    CREATE INDEX [IX_UserSessions_ExpiresAtUtc] ON [UserSessions] ([ExpiresAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130033056_ServerSideSessions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_UserSessions_KeyHash] ON [UserSessions] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130033056_ServerSideSessions'
)
BEGIN
    CREATE INDEX [IX_UserSessions_UserId] ON [UserSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130033056_ServerSideSessions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130033056_ServerSideSessions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    DROP INDEX [IX_Deadlines_CaseId] ON [Deadlines];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [ConsultationId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    ALTER TABLE [Clients] ADD [CentreId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    EXEC(N'UPDATE [Clients] SET [CentreId] = [RegisteringCentreId];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    EXEC(N'INSERT INTO [Deadlines] ([CaseId], [ConsultationId], [Type], [DueOn], [Note], [IsDone], [DoneOn], [CreatedAtUtc], [CreatedByStaffMemberId]) SELECT c.[CaseId], c.[Id], 4, c.[FollowUpOn], NULL, CASE WHEN k.[Status] = 2 OR EXISTS (SELECT 1 FROM [Consultations] l WHERE l.[CaseId] = c.[CaseId] AND l.[HeldAtUtc] > c.[HeldAtUtc]) THEN 1 ELSE 0 END, COALESCE((SELECT MIN(l.[HeldOn]) FROM [Consultations] l WHERE l.[CaseId] = c.[CaseId] AND l.[HeldAtUtc] > c.[HeldAtUtc]), k.[ClosedOn]), c.[RecordedAtUtc], c.[LawyerId] FROM [Consultations] c JOIN [Cases] k ON k.[Id] = c.[CaseId] WHERE c.[FollowUpOn] IS NOT NULL;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Consultations]') AND [c].[name] = N'FollowUpOn');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Consultations] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Consultations] DROP COLUMN [FollowUpOn];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE TABLE [CalendarFeeds] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(400) NOT NULL,
        [SecretHash] nvarchar(64) NOT NULL,
        [Language] nvarchar(5) NOT NULL,
        [IssuedAtUtc] datetime2 NOT NULL,
        [LastReadAtUtc] datetime2 NULL,
        [RevokedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_CalendarFeeds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CalendarFeeds_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE TABLE [ClientTransfers] (
        [Id] int NOT NULL IDENTITY,
        [Status] int NOT NULL,
        [FromCentreId] int NOT NULL,
        [ToCentreId] int NOT NULL,
        [ClientId] int NULL,
        [RequestNote] nvarchar(1000) NULL,
        [RequestedByStaffMemberId] int NULL,
        [RequestedAtUtc] datetime2 NULL,
        [ProposalNote] nvarchar(1000) NULL,
        [ProposedByStaffMemberId] int NULL,
        [ProposedAtUtc] datetime2 NULL,
        [DecisionNote] nvarchar(1000) NULL,
        [DecidedByStaffMemberId] int NULL,
        [DecidedAtUtc] datetime2 NULL,
        [Version] int NOT NULL,
        [SoughtBirthDate] date NULL,
        [SoughtFamilyName] nvarchar(100) NULL,
        [SoughtGivenName] nvarchar(100) NULL,
        [SoughtPhone] nvarchar(32) NULL,
        CONSTRAINT [PK_ClientTransfers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ClientTransfers_Centres_FromCentreId] FOREIGN KEY ([FromCentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ClientTransfers_Centres_ToCentreId] FOREIGN KEY ([ToCentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ClientTransfers_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ClientTransfers_StaffMembers_DecidedByStaffMemberId] FOREIGN KEY ([DecidedByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ClientTransfers_StaffMembers_ProposedByStaffMemberId] FOREIGN KEY ([ProposedByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ClientTransfers_StaffMembers_RequestedByStaffMemberId] FOREIGN KEY ([RequestedByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE TABLE [TransferredCases] (
        [TransferId] int NOT NULL,
        [CaseId] int NOT NULL,
        CONSTRAINT [PK_TransferredCases] PRIMARY KEY ([TransferId], [CaseId]),
        CONSTRAINT [FK_TransferredCases_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TransferredCases_ClientTransfers_TransferId] FOREIGN KEY ([TransferId]) REFERENCES [ClientTransfers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_Deadlines_CaseId_IsDone_DueOn] ON [Deadlines] ([CaseId], [IsDone], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Deadlines_ConsultationId] ON [Deadlines] ([ConsultationId]) WHERE [ConsultationId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_Clients_CentreId] ON [Clients] ([CentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CalendarFeeds_SecretHash] ON [CalendarFeeds] ([SecretHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_CalendarFeeds_UserId_RevokedAtUtc] ON [CalendarFeeds] ([UserId], [RevokedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_ClientTransfers_ClientId] ON [ClientTransfers] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_ClientTransfers_DecidedByStaffMemberId] ON [ClientTransfers] ([DecidedByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_ClientTransfers_FromCentreId_Status] ON [ClientTransfers] ([FromCentreId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_ClientTransfers_ProposedByStaffMemberId] ON [ClientTransfers] ([ProposedByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_ClientTransfers_RequestedByStaffMemberId] ON [ClientTransfers] ([RequestedByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_ClientTransfers_ToCentreId_Status] ON [ClientTransfers] ([ToCentreId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    CREATE INDEX [IX_TransferredCases_CaseId] ON [TransferredCases] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    ALTER TABLE [Clients] ADD CONSTRAINT [FK_Clients_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    ALTER TABLE [Deadlines] ADD CONSTRAINT [FK_Deadlines_Consultations_ConsultationId] FOREIGN KEY ([ConsultationId]) REFERENCES [Consultations] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051901_ClientTransfersDeskCalendar'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130051901_ClientTransfersDeskCalendar', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063100_NameSearchTokens'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Clients]') AND [c].[name] = N'Patronymic');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [Clients] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [Clients] ALTER COLUMN [Patronymic] nvarchar(100) COLLATE Cyrillic_General_100_CI_AS NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063100_NameSearchTokens'
)
BEGIN
    DECLARE @var3 nvarchar(max);
    SELECT @var3 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Clients]') AND [c].[name] = N'GivenName');
    IF @var3 IS NOT NULL EXEC(N'ALTER TABLE [Clients] DROP CONSTRAINT ' + @var3 + ';');
    ALTER TABLE [Clients] ALTER COLUMN [GivenName] nvarchar(100) COLLATE Cyrillic_General_100_CI_AS NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063100_NameSearchTokens'
)
BEGIN
    DECLARE @var4 nvarchar(max);
    SELECT @var4 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Clients]') AND [c].[name] = N'FamilyName');
    IF @var4 IS NOT NULL EXEC(N'ALTER TABLE [Clients] DROP CONSTRAINT ' + @var4 + ';');
    ALTER TABLE [Clients] ALTER COLUMN [FamilyName] nvarchar(100) COLLATE Cyrillic_General_100_CI_AS NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063100_NameSearchTokens'
)
BEGIN
    ALTER TABLE [Clients] ADD [NameIsCyrillic] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063100_NameSearchTokens'
)
BEGIN
    CREATE TABLE [ClientNameTokens] (
        [ClientId] int NOT NULL,
        [Kind] int NOT NULL,
        [Value] nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
        CONSTRAINT [PK_ClientNameTokens] PRIMARY KEY ([ClientId], [Kind], [Value]),
        CONSTRAINT [FK_ClientNameTokens_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063100_NameSearchTokens'
)
BEGIN
    CREATE INDEX [IX_ClientNameTokens_Kind_Value_ClientId] ON [ClientNameTokens] ([Kind], [Value], [ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063100_NameSearchTokens'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130063100_NameSearchTokens', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130064640_DonorReportWithdrawal'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [WithdrawalReason] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130064640_DonorReportWithdrawal'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [WithdrawnAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130064640_DonorReportWithdrawal'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [WithdrawnBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130064640_DonorReportWithdrawal'
)
BEGIN
    CREATE TABLE [DonorReportNotices] (
        [Id] int NOT NULL IDENTITY,
        [DonorReportId] int NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [Kind] int NOT NULL,
        [SentAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_DonorReportNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DonorReportNotices_DonorReports_DonorReportId] FOREIGN KEY ([DonorReportId]) REFERENCES [DonorReports] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130064640_DonorReportWithdrawal'
)
BEGIN
    CREATE INDEX [IX_DonorReportNotices_DonorReportId_Kind] ON [DonorReportNotices] ([DonorReportId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130064640_DonorReportWithdrawal'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130064640_DonorReportWithdrawal', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    DROP INDEX [IX_Deadlines_ConsultationId] ON [Deadlines];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    DROP INDEX [IX_Consultations_Statistics] ON [Consultations];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Referrals] ADD [CorrectedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Referrals] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Referrals] ADD [VoidReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Referrals] ADD [VoidedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Referrals] ADD [VoidedByStaffMemberId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [CorrectedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [DueAt] time NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [Place] nvarchar(300) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [VoidReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [VoidedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [VoidedByStaffMemberId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Consultations] ADD [CorrectedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Consultations] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Consultations] ADD [VoidReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Consultations] ADD [VoidedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Consultations] ADD [VoidedByStaffMemberId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [CaseDocuments] ADD [CorrectedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [CaseDocuments] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [CaseDocuments] ADD [VoidReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [CaseDocuments] ADD [VoidedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [CaseDocuments] ADD [VoidedByStaffMemberId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    CREATE INDEX [IX_Referrals_VoidedByStaffMemberId] ON [Referrals] ([VoidedByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    CREATE INDEX [IX_Deadlines_ConsultationId] ON [Deadlines] ([ConsultationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    CREATE INDEX [IX_Deadlines_VoidedByStaffMemberId] ON [Deadlines] ([VoidedByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    CREATE INDEX [IX_Consultations_Statistics] ON [Consultations] ([HeldOn], [CentreId], [ClientId], [CaseId], [LawyerId], [Channel], [Actions], [Id], [VoidedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    CREATE INDEX [IX_Consultations_VoidedByStaffMemberId] ON [Consultations] ([VoidedByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    CREATE INDEX [IX_CaseDocuments_VoidedByStaffMemberId] ON [CaseDocuments] ([VoidedByStaffMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [CaseDocuments] ADD CONSTRAINT [FK_CaseDocuments_StaffMembers_VoidedByStaffMemberId] FOREIGN KEY ([VoidedByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Consultations] ADD CONSTRAINT [FK_Consultations_StaffMembers_VoidedByStaffMemberId] FOREIGN KEY ([VoidedByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Deadlines] ADD CONSTRAINT [FK_Deadlines_StaffMembers_VoidedByStaffMemberId] FOREIGN KEY ([VoidedByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    ALTER TABLE [Referrals] ADD CONSTRAINT [FK_Referrals_StaffMembers_VoidedByStaffMemberId] FOREIGN KEY ([VoidedByStaffMemberId]) REFERENCES [StaffMembers] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130071959_Corrections'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130071959_Corrections', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [Clients] ADD [AnonymisedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [Clients] ADD [ConsentWithdrawnOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [ChainId] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    EXEC(N'DISABLE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries]; UPDATE [AuditEntries] SET [ChainId] = [Id]; ENABLE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [AuditEntries] DROP CONSTRAINT [PK_AuditEntries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    DECLARE @var5 nvarchar(max);
    SELECT @var5 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AuditEntries]') AND [c].[name] = N'Id');
    IF @var5 IS NOT NULL EXEC(N'ALTER TABLE [AuditEntries] DROP CONSTRAINT ' + @var5 + ';');
    ALTER TABLE [AuditEntries] DROP COLUMN [Id];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    EXEC sp_rename N'[AuditEntries].[ChainId]', N'Id', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    DECLARE @var6 nvarchar(max);
    SELECT @var6 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AuditEntries]') AND [c].[name] = N'Id');
    IF @var6 IS NOT NULL EXEC(N'ALTER TABLE [AuditEntries] DROP CONSTRAINT ' + @var6 + ';');
    ALTER TABLE [AuditEntries] ALTER COLUMN [Id] bigint NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [Hash] varbinary(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [Sealed] varbinary(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [SealedFor] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    CREATE TABLE [AuditChainHeads] (
        [Id] int NOT NULL,
        [LastEntryId] bigint NOT NULL,
        [LastHash] varbinary(32) NULL,
        CONSTRAINT [PK_AuditChainHeads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    CREATE TABLE [ClientKeys] (
        [ClientId] int NOT NULL,
        [WrappedKey] varbinary(64) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_ClientKeys] PRIMARY KEY ([ClientId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    EXEC(N'INSERT INTO [AuditChainHeads] ([Id], [LastEntryId], [LastHash]) SELECT 1, COALESCE(MAX([Id]), 0), CASE WHEN MAX([Id]) IS NULL THEN CAST(0x00 AS binary(32)) END FROM [AuditEntries];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075406_AuditRedesign'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130075406_AuditRedesign', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081645_SuppressionLoss'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [HiddenCells] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081645_SuppressionLoss'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [HiddenShare] decimal(5,4) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081645_SuppressionLoss'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [HiddenTotals] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081645_SuppressionLoss'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [TableCells] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081645_SuppressionLoss'
)
BEGIN
    DROP TRIGGER IF EXISTS [DonorReports_Immutable];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081645_SuppressionLoss'
)
BEGIN
    EXEC(N'CREATE TRIGGER [DonorReports_Immutable] ON [DonorReports] AFTER UPDATE AS IF UPDATE([Title]) OR UPDATE([Language]) OR UPDATE([PeriodFrom]) OR UPDATE([PeriodTo]) OR UPDATE([Centres]) OR UPDATE([DocumentId]) OR UPDATE([Content]) OR UPDATE([SizeBytes]) OR UPDATE([Sha256]) OR UPDATE([CreatedBy]) OR UPDATE([CreatedAtUtc]) OR UPDATE([TableCells]) OR UPDATE([HiddenCells]) OR UPDATE([HiddenTotals]) OR UPDATE([HiddenShare]) THROW 51000, N''Archived reports are immutable.'', 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081645_SuppressionLoss'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130081645_SuppressionLoss', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    DROP INDEX [IX_Consultations_LawyerId] ON [Consultations];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    DROP INDEX [IX_Cases_AssignedLawyerId] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    DROP INDEX [IX_Cases_ClientId] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    CREATE INDEX [IX_Consultations_LawyerId_HeldAtUtc] ON [Consultations] ([LawyerId], [HeldAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    CREATE INDEX [IX_Cases_AssignedLawyerId_Status] ON [Cases] ([AssignedLawyerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    CREATE INDEX [IX_Cases_CentreId_OpenedOn] ON [Cases] ([CentreId], [OpenedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    CREATE INDEX [IX_Cases_ClientId_CentreId] ON [Cases] ([ClientId], [CentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130094156_LoadPerformance'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130094156_LoadPerformance', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE TABLE [DataImports] (
        [Id] int NOT NULL IDENTITY,
        [CentreId] int NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [Content] varbinary(max) NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [CheckedAtUtc] datetime2 NULL,
        [Report] nvarchar(max) NULL,
        [Rejects] varbinary(max) NULL,
        [ImportedAtUtc] datetime2 NULL,
        [ImportedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DataImports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DataImports_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE TABLE [ImportMappings] (
        [Id] int NOT NULL IDENTITY,
        [CentreId] int NOT NULL,
        [Kind] int NOT NULL,
        [SourceText] nvarchar(200) NOT NULL,
        [SourceKey] nvarchar(200) NOT NULL,
        [TargetId] int NOT NULL,
        [ConfirmedBy] nvarchar(256) NOT NULL,
        [ConfirmedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_ImportMappings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImportMappings_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE TABLE [ImportedRows] (
        [CentreId] int NOT NULL,
        [SourceKey] nchar(64) NOT NULL,
        [DataImportId] int NOT NULL,
        [ClientId] int NOT NULL,
        [CaseId] int NOT NULL,
        [ConsultationId] int NOT NULL,
        [CaseKey] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_ImportedRows] PRIMARY KEY ([CentreId], [SourceKey]),
        CONSTRAINT [FK_ImportedRows_Cases_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Cases] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ImportedRows_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ImportedRows_Consultations_ConsultationId] FOREIGN KEY ([ConsultationId]) REFERENCES [Consultations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ImportedRows_DataImports_DataImportId] FOREIGN KEY ([DataImportId]) REFERENCES [DataImports] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE INDEX [IX_DataImports_CentreId_UploadedAtUtc] ON [DataImports] ([CentreId], [UploadedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE INDEX [IX_ImportedRows_CaseId] ON [ImportedRows] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE INDEX [IX_ImportedRows_ClientId_CaseKey] ON [ImportedRows] ([ClientId], [CaseKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE INDEX [IX_ImportedRows_ConsultationId] ON [ImportedRows] ([ConsultationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE INDEX [IX_ImportedRows_DataImportId] ON [ImportedRows] ([DataImportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ImportMappings_CentreId_Kind_SourceKey] ON [ImportMappings] ([CentreId], [Kind], [SourceKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130102041_DataImport'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130102041_DataImport', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    ALTER TABLE [PartnerOrganisations] ADD [NameEn] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    ALTER TABLE [PartnerOrganisations] ADD [NameKy] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    EXEC(N'UPDATE [PartnerOrganisations] SET [NameKy] = [Name], [NameEn] = [Name];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    ALTER TABLE [Centres] ADD [NameEn] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    ALTER TABLE [Centres] ADD [NameKy] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    EXEC(N'UPDATE [Centres] SET [NameEn] = N''Migrant Support Centre — Moscow'', [NameKy] = N''Мигранттарды колдоо борбору — Москва''
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    EXEC(N'UPDATE [Centres] SET [NameEn] = N''Migrant Support Centre — Kazan'', [NameKy] = N''Мигранттарды колдоо борбору — Казань''
    WHERE [Id] = 2;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    EXEC(N'UPDATE [Centres] SET [NameEn] = N''Migrant Support Centre — Chelyabinsk'', [NameKy] = N''Мигранттарды колдоо борбору — Челябинск''
    WHERE [Id] = 3;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130103020_LocalizedNames'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130103020_LocalizedNames', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122002_StatisticsPacks'
)
BEGIN
    CREATE TABLE [StatisticsPacks] (
        [Kind] int NOT NULL,
        [Number] int NOT NULL,
        [Stamp] int NOT NULL,
        [Data] varbinary(max) NULL,
        CONSTRAINT [PK_StatisticsPacks] PRIMARY KEY ([Kind], [Number])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122002_StatisticsPacks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130122002_StatisticsPacks', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122954_DeskIndexes'
)
BEGIN
    DROP INDEX [IX_Deadlines_CaseId_IsDone_DueOn] ON [Deadlines];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122954_DeskIndexes'
)
BEGIN
    DROP INDEX [IX_Cases_AssignedLawyerId_Status] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122954_DeskIndexes'
)
BEGIN
    DROP INDEX [IX_Cases_OpposingPartyId] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122954_DeskIndexes'
)
BEGIN
    CREATE INDEX [IX_Deadlines_CaseId_IsDone_VoidedAtUtc_DueOn_DueAt] ON [Deadlines] ([CaseId], [IsDone], [VoidedAtUtc], [DueOn], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122954_DeskIndexes'
)
BEGIN
    CREATE INDEX [IX_Cases_AssignedLawyerId_Status_CentreId_OpenedOn] ON [Cases] ([AssignedLawyerId], [Status], [CentreId], [OpenedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122954_DeskIndexes'
)
BEGIN
    CREATE INDEX [IX_Cases_OpposingPartyId_CentreId] ON [Cases] ([OpposingPartyId], [CentreId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122954_DeskIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130122954_DeskIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194337_CaseNextDue'
)
BEGIN
    DROP INDEX [IX_Cases_AssignedLawyerId_Status_CentreId_OpenedOn] ON [Cases];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194337_CaseNextDue'
)
BEGIN
    ALTER TABLE [Cases] ADD [NextDueOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194337_CaseNextDue'
)
BEGIN
    EXEC(N'UPDATE [Cases] SET [NextDueOn] = (SELECT MIN([d].[DueOn]) FROM [Deadlines] AS [d] WHERE [d].[CaseId] = [Cases].[Id] AND [d].[IsDone] = CAST(0 AS bit) AND [d].[VoidedAtUtc] IS NULL);');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194337_CaseNextDue'
)
BEGIN
    CREATE INDEX [IX_Cases_AssignedLawyerId_Status_CentreId_NextDueOn_OpenedOn] ON [Cases] ([AssignedLawyerId], [Status], [CentreId], [NextDueOn], [OpenedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194337_CaseNextDue'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130194337_CaseNextDue', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130214101_DeadlineDesk'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [CaseCentreId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130214101_DeadlineDesk'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [OpenCaseLawyerId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130214101_DeadlineDesk'
)
BEGIN
    EXEC(N'UPDATE [d] SET [OpenCaseLawyerId] = CASE WHEN [c].[Status] = 1 THEN [c].[AssignedLawyerId] END, [CaseCentreId] = [c].[CentreId] FROM [Deadlines] AS [d] INNER JOIN [Cases] AS [c] ON [c].[Id] = [d].[CaseId];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130214101_DeadlineDesk'
)
BEGIN
    CREATE INDEX [IX_Deadlines_OpenCaseLawyerId_CaseCentreId_IsDone_VoidedAtUtc_DueOn_DueAt] ON [Deadlines] ([OpenCaseLawyerId], [CaseCentreId], [IsDone], [VoidedAtUtc], [DueOn], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130214101_DeadlineDesk'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130214101_DeadlineDesk', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130222723_CaseCounts'
)
BEGIN
    CREATE TABLE [CaseCounts] (
        [CentreId] int NOT NULL,
        [Status] int NOT NULL,
        [Total] int NOT NULL,
        CONSTRAINT [PK_CaseCounts] PRIMARY KEY ([CentreId], [Status]),
        CONSTRAINT [FK_CaseCounts_Centres_CentreId] FOREIGN KEY ([CentreId]) REFERENCES [Centres] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130222723_CaseCounts'
)
BEGIN
    EXEC(N'INSERT INTO [CaseCounts] ([CentreId], [Status], [Total]) SELECT [c].[Id], [s].[Status], (SELECT COUNT(*) FROM [Cases] AS [k] WHERE [k].[CentreId] = [c].[Id] AND [k].[Status] = [s].[Status]) FROM [Centres] AS [c] CROSS JOIN (SELECT 1 AS [Status] UNION ALL SELECT 2) AS [s];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130222723_CaseCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130222723_CaseCounts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201051813_ReferenceDataStamp'
)
BEGIN
    CREATE TABLE [ReferenceDataStamps] (
        [Id] int NOT NULL,
        [Value] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReferenceDataStamps] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201051813_ReferenceDataStamp'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Value') AND [object_id] = OBJECT_ID(N'[ReferenceDataStamps]'))
        SET IDENTITY_INSERT [ReferenceDataStamps] ON;
    EXEC(N'INSERT INTO [ReferenceDataStamps] ([Id], [Value])
    VALUES (1, ''5f0c1d2e-0000-4000-8000-000000000001'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Value') AND [object_id] = OBJECT_ID(N'[ReferenceDataStamps]'))
        SET IDENTITY_INSERT [ReferenceDataStamps] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201051813_ReferenceDataStamp'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201051813_ReferenceDataStamp', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203248_ErasedNamesScript'
)
BEGIN
    UPDATE [Clients] SET [NameIsCyrillic] = CAST(0 AS bit) WHERE [AnonymisedOn] IS NOT NULL AND [NameIsCyrillic] = CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203248_ErasedNamesScript'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201203248_ErasedNamesScript', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203054644_SubmittedRequests'
)
BEGIN
    CREATE TABLE [SubmittedRequests] (
        [Id] int NOT NULL IDENTITY,
        [AccountId] nvarchar(450) NOT NULL,
        [Key] nvarchar(100) NOT NULL,
        [RequestType] nvarchar(100) NOT NULL,
        [Fingerprint] nvarchar(64) NOT NULL,
        [Answer] nvarchar(400) NOT NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SubmittedRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203054644_SubmittedRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SubmittedRequests_AccountId_Key_RequestType] ON [SubmittedRequests] ([AccountId], [Key], [RequestType]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203054644_SubmittedRequests'
)
BEGIN
    CREATE INDEX [IX_SubmittedRequests_SubmittedAtUtc] ON [SubmittedRequests] ([SubmittedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203054644_SubmittedRequests'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203054644_SubmittedRequests', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    ALTER TABLE [ProblemCategories] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    ALTER TABLE [PartnerOrganisations] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    ALTER TABLE [Centres] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [Centres] SET [Version] = 0
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [Centres] SET [Version] = 0
    WHERE [Id] = 2;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [Centres] SET [Version] = 0
    WHERE [Id] = 3;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 2;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 3;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 4;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 5;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 6;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 7;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 8;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 9;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 10;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 11;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 12;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 13;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 14;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    EXEC(N'UPDATE [ProblemCategories] SET [Version] = 0
    WHERE [Id] = 15;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204160542_ReferenceListVersions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204160542_ReferenceListVersions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204222703_NameKeysOfTurkishCapitalI'
)
BEGIN
    DELETE FROM [ClientNameTokens] WHERE [ClientId] IN (SELECT [Id] FROM [Clients] WHERE CHARINDEX(N'İ', [FamilyName] COLLATE Latin1_General_100_BIN2) > 0 OR CHARINDEX(N'İ', [GivenName] COLLATE Latin1_General_100_BIN2) > 0 OR CHARINDEX(N'İ', [Patronymic] COLLATE Latin1_General_100_BIN2) > 0 OR CHARINDEX(N'İ', [LatinName] COLLATE Latin1_General_100_BIN2) > 0);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204222703_NameKeysOfTurkishCapitalI'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204222703_NameKeysOfTurkishCapitalI', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205132257_ClientListOrder'
)
BEGIN
    CREATE INDEX [IX_Clients_ListOrder] ON [Clients] ([NameIsCyrillic] DESC, [FamilyName], [GivenName], [Id]) INCLUDE ([CentreId], [Phone])
    WHERE [AnonymisedOn] IS NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205132257_ClientListOrder'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205132257_ClientListOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142831_ClientsOfACentreInIdOrder'
)
BEGIN
    DROP INDEX [IX_Clients_CentreId] ON [Clients];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142831_ClientsOfACentreInIdOrder'
)
BEGIN
    CREATE INDEX [IX_Clients_CentreId_AnonymisedOn_Id_Phone] ON [Clients] ([CentreId], [AnonymisedOn], [Id], [Phone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205142831_ClientsOfACentreInIdOrder'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205142831_ClientsOfACentreInIdOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205153407_CallBacksKeptByAContact'
)
BEGIN
    ALTER TABLE [Deadlines] ADD [KeptByConsultationId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205153407_CallBacksKeptByAContact'
)
BEGIN
    CREATE INDEX [IX_Deadlines_KeptByConsultationId] ON [Deadlines] ([KeptByConsultationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205153407_CallBacksKeptByAContact'
)
BEGIN
    ALTER TABLE [Deadlines] ADD CONSTRAINT [FK_Deadlines_Consultations_KeptByConsultationId] FOREIGN KEY ([KeptByConsultationId]) REFERENCES [Consultations] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205153407_CallBacksKeptByAContact'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205153407_CallBacksKeptByAContact', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205163909_CallBacksKeptByTheirLaterContact'
)
BEGIN
    UPDATE [d] SET [KeptByConsultationId] = (
        SELECT TOP (1) [l].[Id] FROM [Consultations] AS [l]
        WHERE [l].[CaseId] = [d].[CaseId] AND [l].[VoidedAtUtc] IS NULL AND [l].[HeldOn] >= [d].[DueOn]
            AND ([d].[ConsultationId] IS NULL OR [l].[Id] <> [d].[ConsultationId])
        ORDER BY [l].[HeldAtUtc], [l].[Id])
    FROM [Deadlines] AS [d]
    WHERE [d].[Type] = 4 AND [d].[IsDone] = CAST(0 AS bit) AND [d].[VoidedAtUtc] IS NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205163909_CallBacksKeptByTheirLaterContact'
)
BEGIN
    UPDATE [d] SET [IsDone] = CAST(1 AS bit), [Version] = [d].[Version] + 1, [DoneOn] = [l].[HeldOn]
    FROM [Deadlines] AS [d] JOIN [Consultations] AS [l] ON [l].[Id] = [d].[KeptByConsultationId]
    WHERE [d].[IsDone] = CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205163909_CallBacksKeptByTheirLaterContact'
)
BEGIN
    UPDATE [c] SET [NextDueOn] = (SELECT MIN([d].[DueOn]) FROM [Deadlines] AS [d] WHERE [d].[CaseId] = [c].[Id] AND [d].[IsDone] = CAST(0 AS bit) AND [d].[VoidedAtUtc] IS NULL)
    FROM [Cases] AS [c]
    WHERE [c].[Id] IN (SELECT [CaseId] FROM [Deadlines] WHERE [KeptByConsultationId] IS NOT NULL);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205163909_CallBacksKeptByTheirLaterContact'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205163909_CallBacksKeptByTheirLaterContact', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205203455_DonorNoticeLease'
)
BEGIN
    ALTER TABLE [DonorReports] ADD [NoticesLeasedUntilUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205203455_DonorNoticeLease'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205203455_DonorNoticeLease', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206183413_ReferralResultNote'
)
BEGIN
    ALTER TABLE [Referrals] ADD [ResultNote] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206183413_ReferralResultNote'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206183413_ReferralResultNote', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207075110_TransferRequestPatronymicAndBirthYear'
)
BEGIN
    ALTER TABLE [ClientTransfers] ADD [SoughtBirthYear] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207075110_TransferRequestPatronymicAndBirthYear'
)
BEGIN
    ALTER TABLE [ClientTransfers] ADD [SoughtPatronymic] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207075110_TransferRequestPatronymicAndBirthYear'
)
BEGIN
    EXEC(N'UPDATE [ClientTransfers] SET [SoughtBirthYear] = YEAR([SoughtBirthDate]) WHERE [SoughtBirthDate] IS NOT NULL;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207075110_TransferRequestPatronymicAndBirthYear'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207075110_TransferRequestPatronymicAndBirthYear', N'10.0.15');
END;

COMMIT;
GO

